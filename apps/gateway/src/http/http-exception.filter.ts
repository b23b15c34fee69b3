import { Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { SourceException, SourceExceptionCode } from '@tarn/sources';

interface ErrorBody {
  error: string;
  message: string;
  requestId: string;
}

/**
 * The one place where failures become HTTP answers: a JSON body with a stable code and a
 * message, and the request id to quote in a support request. Unexpected errors are logged
 * once, here, with their stack; the client learns nothing internal.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const [status, body] = this.toResponse(exception, request.id);

    void reply.status(status).header('content-type', 'application/json').send(body);
  }

  private toResponse(exception: unknown, requestId: string): [number, ErrorBody] {
    if (exception instanceof SourceException) {
      return [
        sourceExceptionStatus(exception.code),
        { error: exception.code, message: exception.message, requestId },
      ];
    }
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const fields = typeof response === 'object' ? (response as Partial<ErrorBody>) : {};

      return [
        exception.getStatus(),
        {
          error: fields.error ?? statusName(exception.getStatus()),
          message: typeof fields.message === 'string' ? fields.message : exception.message,
          requestId,
        },
      ];
    }
    this.logger.error(
      `unhandled error in request ${requestId}`,
      exception instanceof Error ? exception.stack : String(exception),
    );

    return [
      HttpStatus.INTERNAL_SERVER_ERROR,
      { error: 'INTERNAL', message: 'internal error; the gateway log has details', requestId },
    ];
  }
}

/** Exhaustive: a new code without a status here fails the build. */
function sourceExceptionStatus(code: SourceExceptionCode): HttpStatus {
  switch (code) {
    case SourceExceptionCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case SourceExceptionCode.NameTaken:
      return HttpStatus.CONFLICT;
    case SourceExceptionCode.Invalid:
      return HttpStatus.BAD_REQUEST;
  }
}

function statusName(status: number): string {
  return status in HttpStatus ? HttpStatus[status] : 'ERROR';
}
