import { Module } from '@nestjs/common';

import { TARN_CONFIG } from '@tarn/config';
import type { TarnConfig } from '@tarn/config';

import { TrinoClient } from './trino-client';
import { TrinoHealthIndicator } from './trino-health.indicator';

@Module({
  providers: [
    {
      provide: TrinoClient,
      inject: [TARN_CONFIG],
      useFactory: (config: TarnConfig) =>
        new TrinoClient({ ...config.trino, source: `tarn-${config.env}` }),
    },
    TrinoHealthIndicator,
  ],
  exports: [TrinoClient, TrinoHealthIndicator],
})
export class TrinoModule {}
