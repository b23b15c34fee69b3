import { Injectable } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';

import { CorrelationContext } from '@tarn/observability';

/** Runs each request inside its correlation context and tells the client its request id. */
@Injectable()
export class CorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const requestId = http.getRequest<FastifyRequest>().id;

    void http.getResponse<FastifyReply>().header('x-request-id', requestId);

    return new Observable((subscriber) =>
      CorrelationContext.run(requestId, () => next.handle().subscribe(subscriber)),
    );
  }
}
