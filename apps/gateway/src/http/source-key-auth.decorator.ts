import { SetMetadata, UseGuards, applyDecorators, createParamDecorator } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import type { Source } from '@tarn/sources';

import { SourceKeyGuard } from './source-key.guard';

/** Marks a route the admin guard leaves alone because it authenticates a source's key instead. */
export const SOURCE_KEY_AUTH = 'tarn:source-key-auth';

/**
 * Authenticates the request with the ingest key of the source named by the route's
 * `:sourceId`, instead of the admin token.
 */
export const SourceKeyAuth = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(SOURCE_KEY_AUTH, true), UseGuards(SourceKeyGuard));

/** Where `SourceKeyGuard` leaves the source it authenticated, for the handler. */
export interface SourceAuthenticatedRequest extends FastifyRequest {
  tarnSource?: Source;
}

/** The source `SourceKeyGuard` authenticated. */
export const AuthenticatedSource = createParamDecorator(
  (_: unknown, context: ExecutionContext): Source => {
    const source = context.switchToHttp().getRequest<SourceAuthenticatedRequest>().tarnSource;

    if (source === undefined) {
      throw new Error('@AuthenticatedSource() needs @SourceKeyAuth() on the route');
    }

    return source;
  },
);
