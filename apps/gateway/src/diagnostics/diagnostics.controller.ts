import { Controller, HttpCode, Post, ServiceUnavailableException } from '@nestjs/common';

import { QueueRoundTripService } from '@tarn/queue';
import type { QueueRoundTrip } from '@tarn/queue';

const ROUND_TRIP_TIMEOUT_MS = 10_000;

@Controller('v1/diagnostics')
export class DiagnosticsController {
  constructor(private readonly queueRoundTrip: QueueRoundTripService) {}

  /** Proves that jobs the gateway enqueues are picked up by a live worker, and how fast. */
  @Post('queue-round-trip')
  @HttpCode(200)
  async roundTrip(): Promise<QueueRoundTrip> {
    try {
      return await this.queueRoundTrip.roundTrip(ROUND_TRIP_TIMEOUT_MS);
    } catch (error) {
      throw new ServiceUnavailableException({
        error: 'NO_WORKER',
        message: (error as Error).message,
      });
    }
  }
}
