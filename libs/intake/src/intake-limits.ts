const MIB = 1024 * 1024;

/** The largest body accepted as sent (compressed or not); the gateway route enforces it too. */
export const MAX_INGEST_BODY_BYTES = 10 * MIB;

/** The largest body once decoded; beyond it the batch is refused as a decompression bomb. */
export const MAX_INGEST_DECODED_BYTES = 64 * MIB;

/** How long intake waits for Redis to confirm a job before answering 503. */
export const ENQUEUE_TIMEOUT_MS = 5000;
