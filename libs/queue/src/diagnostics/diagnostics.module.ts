import { Module } from '@nestjs/common';

import { QueueModule } from '../queue.module';
import { DiagnosticsEchoProcessor } from './diagnostics-echo.processor';
import { QueueRoundTripService } from './queue-round-trip.service';

/** Gateway side: enqueue probes. */
@Module({
  imports: [QueueModule],
  providers: [QueueRoundTripService],
  exports: [QueueRoundTripService],
})
export class DiagnosticsProducerModule {}

/** Worker side: answer probes. */
@Module({
  imports: [QueueModule],
  providers: [DiagnosticsEchoProcessor],
})
export class DiagnosticsWorkerModule {}
