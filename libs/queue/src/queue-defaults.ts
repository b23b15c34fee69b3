import type { DefaultJobOptions } from 'bullmq';

/**
 * Queue data lives in Redis in clear text and must not grow without bound: keep finished jobs
 * long enough to inspect, then let BullMQ trim them.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
