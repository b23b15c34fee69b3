import { Module } from '@nestjs/common';

import { TARN_CONFIG } from '@tarn/config';
import type { TarnConfig } from '@tarn/config';
import { TrinoClient, TrinoModule } from '@tarn/trino';

import { LakeTableService, lakeTableOptionsFrom } from './lake-table.service';

/** Provides `LakeTableService` for the `ocsf` namespace of the configured lake catalog. */
@Module({
  imports: [TrinoModule],
  providers: [
    {
      provide: LakeTableService,
      inject: [TrinoClient, TARN_CONFIG],
      useFactory: (trino: TrinoClient, config: TarnConfig) =>
        new LakeTableService(trino, lakeTableOptionsFrom(config)),
    },
  ],
  exports: [LakeTableService],
})
export class LakeModule {}
