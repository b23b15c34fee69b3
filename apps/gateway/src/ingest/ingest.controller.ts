import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import { IntakeService } from '@tarn/intake';
import type { AcceptedBatch } from '@tarn/intake';
import type { Source } from '@tarn/sources';

import { AuthenticatedSource, SourceKeyAuth } from '../http/source-key-auth.decorator';

/** Path of the ingest route, as Fastify knows it; the body handling is keyed on it. */
export const INGEST_ROUTE = '/v1/ingest/:sourceId';

/**
 * HTTP ingest: a source posts a raw batch with its own key. The body reaches this handler as
 * the untouched bytes (see `registerIngestBodyHandling`).
 */
@Controller('v1/ingest')
export class IngestController {
  constructor(private readonly intake: IntakeService) {}

  /** Answers 202 once the batch is stored and queued; records are counted by the worker. */
  @Post(':sourceId')
  @HttpCode(202)
  @SourceKeyAuth()
  async ingest(
    @AuthenticatedSource() source: Source,
    @Req() request: FastifyRequest,
  ): Promise<AcceptedBatch> {
    return this.intake.acceptOrThrow({
      source,
      body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
      contentType: request.headers['content-type'],
      contentEncoding: request.headers['content-encoding'],
      peer: request.ip,
    });
  }
}
