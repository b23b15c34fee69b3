import { Injectable } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';

import { CorrelationContext } from '@tarn/observability';

/** Runs each request inside its correlation context, so its log lines carry the request id. */
@Injectable()
export class CorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const requestId = context.switchToHttp().getRequest<FastifyRequest>().id;

    return new Observable((subscriber) =>
      CorrelationContext.run(requestId, () => next.handle().subscribe(subscriber)),
    );
  }
}
