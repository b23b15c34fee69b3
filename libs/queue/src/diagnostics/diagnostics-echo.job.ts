import { QueueName } from '../queue-name';

export const DIAGNOSTICS_QUEUE = QueueName.Diagnostics;
export const DIAGNOSTICS_ECHO_JOB = 'echo';

/** Payload of a round-trip probe: only a nonce, so nothing sensitive ever sits in Redis. */
export interface DiagnosticsEchoPayload {
  nonce: string;
  requestedAt: string;
}

export interface DiagnosticsEchoResult {
  nonce: string;
  worker: { hostname: string; pid: number };
  receivedAt: string;
}
