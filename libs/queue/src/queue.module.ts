import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { TARN_CONFIG } from '@tarn/config';
import type { TarnConfig } from '@tarn/config';

import { IngestQueueProducer } from './ingest/ingest-queue.producer';
import { DEFAULT_JOB_OPTIONS } from './queue-defaults';
import { QueueHealthIndicator } from './queue-health.indicator';
import { QueueName } from './queue-name';
import { redisConnectionFromUrl } from './redis-connection';

/** The shared Redis connection for every queue, and the queues this process may produce to. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [TARN_CONFIG],
      useFactory: (config: TarnConfig) => ({
        connection: redisConnectionFromUrl(config.redis.url),
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue({ name: QueueName.Diagnostics }, { name: QueueName.Ingest }),
  ],
  providers: [QueueHealthIndicator, IngestQueueProducer],
  exports: [BullModule, QueueHealthIndicator, IngestQueueProducer],
})
export class QueueModule {}
