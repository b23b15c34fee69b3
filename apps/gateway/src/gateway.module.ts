import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';

import { ConfigModule } from '@tarn/config';
import type { TarnConfig } from '@tarn/config';
import { HealthModule } from '@tarn/health';
import { IntakeModule } from '@tarn/intake';
import { MetadataModule, PostgresHealthIndicator } from '@tarn/metadata';
import { DiagnosticsProducerModule, QueueHealthIndicator, QueueModule } from '@tarn/queue';
import { SourcesModule } from '@tarn/sources';
import { StorageHealthIndicator, StorageModule } from '@tarn/storage';
import { TrinoHealthIndicator, TrinoModule } from '@tarn/trino';

import { DiagnosticsController } from './diagnostics/diagnostics.controller';
import { HealthController } from './health/health.controller';
import { AdminAuthGuard } from './http/admin-auth.guard';
import { CorrelationInterceptor } from './http/correlation.interceptor';
import { HttpExceptionFilter } from './http/http-exception.filter';
import { IngestController } from './ingest/ingest.controller';
import { SourcesController } from './sources/sources.controller';

@Module({})
export class GatewayModule {
  static register(config: TarnConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ConfigModule.forRoot(config),
        MetadataModule,
        QueueModule,
        StorageModule,
        TrinoModule,
        DiagnosticsProducerModule,
        SourcesModule,
        IntakeModule,
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
      controllers: [HealthController, DiagnosticsController, SourcesController, IngestController],
      providers: [
        { provide: APP_GUARD, useClass: AdminAuthGuard },
        { provide: APP_INTERCEPTOR, useClass: CorrelationInterceptor },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
