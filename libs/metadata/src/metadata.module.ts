import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { TARN_CONFIG } from '@tarn/config';
import type { TarnConfig } from '@tarn/config';

import { buildDataSourceOptions } from './data-source-options';
import { BatchRepository } from './batches/batch.repository';
import { MigrationService } from './migration.service';
import { PostgresHealthIndicator } from './postgres-health.indicator';
import { SourceRepository } from './sources/source.repository';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [TARN_CONFIG],
      useFactory: (config: TarnConfig) => ({
        ...buildDataSourceOptions(config.postgres.url),
        retryAttempts: 3,
        retryDelay: 2000,
      }),
    }),
  ],
  providers: [MigrationService, PostgresHealthIndicator, SourceRepository, BatchRepository],
  exports: [MigrationService, PostgresHealthIndicator, SourceRepository, BatchRepository],
})
export class MetadataModule {}
