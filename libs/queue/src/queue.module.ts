import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { TARN_CONFIG } from '@tarn/config';
import type { TarnConfig } from '@tarn/config';

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
    BullModule.registerQueue({ name: QueueName.Diagnostics }),
  ],
  providers: [QueueHealthIndicator],
  exports: [BullModule, QueueHealthIndicator],
})
export class QueueModule {}
