import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { ReadinessService } from '@tarn/health';
import type { ReadinessReport } from '@tarn/health';

@Controller()
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  /** The process is up and serving; says nothing about dependencies. */
  @Get('livez')
  live(): { status: 'alive' } {
    return { status: 'alive' };
  }

  /** Every dependency is usable: Postgres (schema current), Redis, the object store, Trino. */
  @Get('readyz')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const report = await this.readiness.check();

    void reply.status(report.status === 'ready' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);

    return report;
  }
}
