import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';

import type { HealthIndicator } from '@tarn/observability';

import { QueueName } from './queue-name';

/** Ready when Redis answers and refuses to evict keys, which would silently drop queued jobs. */
@Injectable()
export class QueueHealthIndicator implements HealthIndicator {
  readonly component = 'redis';

  constructor(@InjectQueue(QueueName.Diagnostics) private readonly queue: Queue) {}

  async check(): Promise<void> {
    const client = await this.queue.client;
    const policy = /^maxmemory_policy:(\S+)/m.exec(await client.info())?.[1] ?? 'unknown';

    if (policy !== 'noeviction') {
      throw new Error(`maxmemory-policy is "${policy}"; BullMQ needs "noeviction"`);
    }
  }
}
