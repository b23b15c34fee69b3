import { Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { IntakeException, IntakeExceptionCode } from '@tarn/intake';
import { SourceException, SourceExceptionCode } from '@tarn/sources';

/** Seconds a client should wait before resending a batch refused as unavailable. */
const INTAKE_RETRY_AFTER_SECONDS = 5;

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

    if (exception instanceof IntakeException) {
      this.logIntakeRefusal(exception, request.id);
      if (exception.code === IntakeExceptionCode.Unavailable) {
        void reply.header('retry-after', String(INTAKE_RETRY_AFTER_SECONDS));
      }
    }
    void reply.status(status).header('content-type', 'application/json').send(body);
  }

  private toResponse(exception: unknown, requestId: string): [number, ErrorBody] {
    if (exception instanceof IntakeException) {
      return intakeErrorResponse(exception, requestId);
    }
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

  /** An unavailable store or queue is degraded service worth a warning; refusals are routine. */
  private logIntakeRefusal(exception: IntakeException, requestId: string): void {
    if (exception.code === IntakeExceptionCode.Unavailable) {
      this.logger.warn(`request ${requestId}: ${exception.message}`);
    } else {
      this.logger.debug(`request ${requestId} refused: ${exception.code}: ${exception.message}`);
    }
  }
}

/** The answer to a refused batch; also used for refusals Fastify makes before Nest runs. */
export function intakeErrorResponse(
  exception: IntakeException,
  requestId: string,
): [number, ErrorBody] {
  return [
    intakeExceptionStatus(exception.code),
    { error: exception.code, message: exception.message, requestId },
  ];
}

/** Exhaustive: a new code without a status here fails the build. */
function intakeExceptionStatus(code: IntakeExceptionCode): HttpStatus {
  switch (code) {
    case IntakeExceptionCode.UnsupportedMediaType:
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case IntakeExceptionCode.PayloadTooLarge:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case IntakeExceptionCode.MalformedBody:
      return HttpStatus.BAD_REQUEST;
    case IntakeExceptionCode.Unavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
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
