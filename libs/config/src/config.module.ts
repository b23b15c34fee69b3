import { Global, Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';

import type { TarnConfig } from './tarn-config';

/** Injection token of the validated `TarnConfig`. */
export const TARN_CONFIG = Symbol('TARN_CONFIG');

/**
 * Makes the configuration that `main.ts` validated at boot injectable everywhere. Apps load
 * it before Nest starts so that a bad variable fails fast with a plain message.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: TarnConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: TARN_CONFIG, useValue: config }],
      exports: [TARN_CONFIG],
    };
  }
}
