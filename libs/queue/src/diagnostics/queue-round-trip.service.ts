import { randomUUID } from 'node:crypto';

import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { OnModuleDestroy } from '@nestjs/common';
import { QueueEvents } from 'bullmq';
import type { Queue } from 'bullmq';

import { DIAGNOSTICS_ECHO_JOB, DIAGNOSTICS_QUEUE } from './diagnostics-echo.job';
import type { DiagnosticsEchoPayload, DiagnosticsEchoResult } from './diagnostics-echo.job';

export interface QueueRoundTrip {
  result: DiagnosticsEchoResult;
  latencyMs: number;
}

/**
 * Producer side of the round-trip probe: enqueues an echo job and waits for a worker to
 * complete it. Fails with a clear message when no worker consumes the queue in time.
 */
@Injectable()
export class QueueRoundTripService implements OnModuleDestroy {
  private readonly logger = new Logger(QueueRoundTripService.name);
  private queueEvents?: QueueEvents;

  constructor(
    @InjectQueue(DIAGNOSTICS_QUEUE) private readonly queue: Queue<DiagnosticsEchoPayload>,
  ) {}

  async roundTrip(timeoutMs: number): Promise<QueueRoundTrip> {
    const events = await this.events();
    const startedAt = performance.now();
    const job = await this.queue.add(
      DIAGNOSTICS_ECHO_JOB,
      { nonce: randomUUID(), requestedAt: new Date().toISOString() },
      { attempts: 1, removeOnComplete: true, removeOnFail: { age: 3600 } },
    );

    try {
      const result = (await job.waitUntilFinished(events, timeoutMs)) as DiagnosticsEchoResult;

      return { result, latencyMs: Math.round(performance.now() - startedAt) };
    } catch (error) {
      // Best effort: the timeout is what the caller must hear about; an unremoved probe job
      // expires by the queue's retention settings anyway.
      await job.remove().catch(() => undefined);
      throw new Error(
        `no worker completed diagnostics job ${job.id ?? '?'} within ${timeoutMs} ms: ${(error as Error).message}`,
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.queueEvents?.close();
  }

  private async events(): Promise<QueueEvents> {
    if (this.queueEvents === undefined) {
      this.queueEvents = new QueueEvents(DIAGNOSTICS_QUEUE, {
        connection: this.queue.opts.connection,
      });
      this.queueEvents.on('error', (error) => {
        this.logger.warn(`queue events connection: ${error.message}`);
      });
      await this.queueEvents.waitUntilReady();
    }

    return this.queueEvents;
  }
}
