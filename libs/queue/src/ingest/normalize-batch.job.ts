import { QueueName } from '../queue-name';

export const INGEST_QUEUE = QueueName.Ingest;
export const NORMALIZE_BATCH_JOB = 'normalize-batch';

/**
 * Payload of a normalize job: references to the stored raw batch, never its bytes (queue data
 * sits in Redis in clear text, and large payloads slow BullMQ down by two orders of magnitude).
 * The job id is the batch id, so enqueueing the same batch twice adds one job.
 */
export interface NormalizeBatchPayload {
  batchId: string;
  sourceId: string;
  rawBucket: string;
  rawKey: string;
}
