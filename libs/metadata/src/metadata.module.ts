import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { TARN_CONFIG } from '@tarn/config';
import type { TarnConfig } from '@tarn/config';

import { buildDataSourceOptions } from './data-source-options';
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
  providers: [MigrationService, PostgresHealthIndicator, SourceRepository],
  exports: [MigrationService, PostgresHealthIndicator, SourceRepository],
})
export class MetadataModule {}
