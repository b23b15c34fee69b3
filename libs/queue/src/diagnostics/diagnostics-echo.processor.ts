import { hostname } from 'node:os';

import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';

import { DIAGNOSTICS_ECHO_JOB, DIAGNOSTICS_QUEUE } from './diagnostics-echo.job';
import type { DiagnosticsEchoPayload, DiagnosticsEchoResult } from './diagnostics-echo.job';

/** Worker side of the round-trip probe: answers with who handled the job and when. */
@Processor(DIAGNOSTICS_QUEUE)
export class DiagnosticsEchoProcessor extends WorkerHost {
  private readonly logger = new Logger(DiagnosticsEchoProcessor.name);

  process(job: Job<DiagnosticsEchoPayload>): Promise<DiagnosticsEchoResult> {
    if (job.name !== DIAGNOSTICS_ECHO_JOB) {
      return Promise.reject(new Error(`unknown job "${job.name}" on ${DIAGNOSTICS_QUEUE}`));
    }
    this.logger.debug(`echo ${job.data.nonce}`);

    return Promise.resolve({
      nonce: job.data.nonce,
      worker: { hostname: hostname(), pid: process.pid },
      receivedAt: new Date().toISOString(),
    });
  }
}
