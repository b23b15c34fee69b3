import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';

import { TARN_CONFIG } from '@tarn/config';
import type { TarnConfig } from '@tarn/config';
import { isBearerTokenValid } from '@tarn/health';

import { SOURCE_KEY_AUTH } from './source-key-auth.decorator';

/**
 * Applied to every route: Tarn has no anonymous endpoints, probes included (Kubernetes probes
 * send the token as a header). Ingest routes marked `@SourceKeyAuth()` check a source's key
 * instead, in `SourceKeyGuard`.
 *
 * TODO: one bootstrap token from the environment is the only credential; hashed, scoped and
 * rotatable admin, source and probe credentials in Postgres — when the admin API lands.
 */
@Injectable()
export class AdminAuthGuard implements CanActivate {
  constructor(
    @Inject(TARN_CONFIG) private readonly config: TarnConfig,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.isSourceKeyRoute(context)) {
      return true;
    }
    const request = context.switchToHttp().getRequest<FastifyRequest>();

    if (!isBearerTokenValid(request.headers.authorization, this.config.gateway.adminToken)) {
      throw new UnauthorizedException({
        error: 'UNAUTHENTICATED',
        message: 'a valid bearer token is required (Authorization: Bearer <token>)',
      });
    }

    return true;
  }

  private isSourceKeyRoute(context: ExecutionContext): boolean {
    return (
      this.reflector.getAllAndOverride<boolean | undefined>(SOURCE_KEY_AUTH, [
        context.getHandler(),
        context.getClass(),
      ]) === true
    );
  }
}
