import { Module } from '@nestjs/common';
import type { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';

import type { HealthIndicator } from '@tarn/observability';

import { HEALTH_INDICATORS, ReadinessService } from './readiness.service';

/**
 * Readiness over the indicators an app names. Each data-access lib exports its own indicator;
 * the app decides which dependencies it needs to be ready.
 */
@Module({})
export class HealthModule {
  static forIndicators(
    imports: ModuleMetadata['imports'],
    indicators: Type<HealthIndicator>[],
  ): DynamicModule {
    return {
      module: HealthModule,
      imports,
      providers: [
        ReadinessService,
        {
          provide: HEALTH_INDICATORS,
          inject: indicators,
          useFactory: (...instances: HealthIndicator[]) => instances,
        },
      ],
      exports: [ReadinessService],
    };
  }
}
