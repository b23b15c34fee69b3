import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';

import { ConfigModule } from '@tarn/config';
import type { TarnConfig } from '@tarn/config';
import { HealthModule } from '@tarn/health';
import { MetadataModule, PostgresHealthIndicator } from '@tarn/metadata';
import { DiagnosticsWorkerModule, QueueHealthIndicator, QueueModule } from '@tarn/queue';
import { StorageHealthIndicator, StorageModule } from '@tarn/storage';
import { TrinoHealthIndicator, TrinoModule } from '@tarn/trino';

@Module({})
export class WorkerModule {
  static register(config: TarnConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        MetadataModule,
        QueueModule,
        StorageModule,
        TrinoModule,
        DiagnosticsWorkerModule,
        HealthModule.forIndicators(
          [MetadataModule, QueueModule, StorageModule, TrinoModule],
          [
            PostgresHealthIndicator,
            QueueHealthIndicator,
            StorageHealthIndicator,
            TrinoHealthIndicator,
          ],
        ),
      ],
    };
  }
}
