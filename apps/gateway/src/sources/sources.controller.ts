import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';

import { SourceService, parseCreateSourceRequestOrThrow } from '@tarn/sources';
import type { CreatedSource, Source } from '@tarn/sources';

/**
 * Admin API for sources. The created key is in the response body only: the gateway logs no
 * request or response bodies, and the service logs the new source's id, never its key.
 */
@Controller('v1/sources')
export class SourcesController {
  constructor(private readonly sources: SourceService) {}

  /** Creates a source; the answer is the only time its ingest key is shown. */
  @Post()
  @HttpCode(201)
  async create(@Body() body: unknown): Promise<CreatedSource> {
    return this.sources.createOrThrow(parseCreateSourceRequestOrThrow(body));
  }

  @Get()
  async list(): Promise<{ sources: Source[] }> {
    return { sources: await this.sources.list() };
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<Source> {
    return this.sources.getByIdOrThrow(id);
  }

  /** Stops accepting data with the source's key at once; the key and data are kept. */
  @Post(':id/disable')
  @HttpCode(200)
  async disable(@Param('id') id: string): Promise<Source> {
    return this.sources.disableOrThrow(id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  async enable(@Param('id') id: string): Promise<Source> {
    return this.sources.enableOrThrow(id);
  }
}
