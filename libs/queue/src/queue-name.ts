/** Every BullMQ queue Tarn uses. Names carry a prefix so that a shared Redis stays readable. */
export enum QueueName {
  /** Round-trip probe: proves that a gateway-side producer and a worker share a live queue. */
  Diagnostics = 'tarn-diagnostics',
  /** Raw batches accepted by the gateway, waiting to be normalized and committed. */
  Ingest = 'tarn-ingest',
}
