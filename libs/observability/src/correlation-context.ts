import { AsyncLocalStorage } from 'node:async_hooks';

interface CorrelationStore {
  correlationId: string;
}

const storage = new AsyncLocalStorage<CorrelationStore>();

/**
 * Carries the request id or job id through async calls so that every log line of one
 * request or job can be found together, without threading an id through each signature.
 */
export const CorrelationContext = {
  run<T>(correlationId: string, callback: () => T): T {
    return storage.run({ correlationId }, callback);
  },

  currentId(): string | undefined {
    return storage.getStore()?.correlationId;
  },
};
