import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';

import { SourceService } from '@tarn/sources';

import type { SourceAuthenticatedRequest } from './source-key-auth.decorator';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Lets a request through only with the ingest key of the source in `:sourceId`. Without a
 * key, or with one that no enabled source holds (unknown, or its source disabled), the answer
 * is 401; with a valid key for a different source id, known or not, it is 403. Nothing is
 * said about a source to a caller who holds no valid key, so ids and keys cannot be probed.
 */
@Injectable()
export class SourceKeyGuard implements CanActivate {
  constructor(private readonly sources: SourceService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<SourceAuthenticatedRequest>();
    const key = BEARER.exec(request.headers.authorization ?? '')?.[1];
    const sourceId = (request.params as { sourceId?: string }).sourceId ?? '';

    if (key === undefined) {
      throw unauthenticated();
    }
    const holder = await this.sources.authenticate(key);

    if (holder === undefined) {
      throw unauthenticated();
    }
    if (holder.id !== sourceId) {
      throw new ForbiddenException({
        error: 'FORBIDDEN',
        message: `this key belongs to another source and may not send data to source ${sourceId}`,
      });
    }
    request.tarnSource = holder;

    return true;
  }
}

function unauthenticated(): UnauthorizedException {
  return new UnauthorizedException({
    error: 'UNAUTHENTICATED',
    message:
      "an enabled source's ingest key is required (Authorization: Bearer tarn_src_…); " +
      'a disabled source refuses its key until an admin enables it',
  });
}
