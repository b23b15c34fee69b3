import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { INGEST_QUEUE, NORMALIZE_BATCH_JOB } from './normalize-batch.job';
import type { NormalizeBatchPayload } from './normalize-batch.job';

/**
 * Gateway side of the ingest queue. The connection queues commands while Redis is away
 * (`maxRetriesPerRequest: null`), so an enqueue would wait forever; it gives up after
 * `timeoutMs` instead, and the caller answers 503.
 */
@Injectable()
export class IngestQueueProducer {
  constructor(@InjectQueue(INGEST_QUEUE) private readonly queue: Queue<NormalizeBatchPayload>) {}

  /** Adds the normalize job for a batch; adding the same batch again adds nothing. */
  async enqueueNormalizeBatchOrThrow(
    payload: NormalizeBatchPayload,
    timeoutMs: number,
  ): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`Redis did not confirm the job within ${timeoutMs} ms`));
      }, timeoutMs);
    });

    try {
      await Promise.race([
        this.queue.add(NORMALIZE_BATCH_JOB, payload, { jobId: payload.batchId }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
