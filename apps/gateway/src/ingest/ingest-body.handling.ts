import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { IntakeException, IntakeExceptionCode, MAX_INGEST_BODY_BYTES } from '@tarn/intake';

import { intakeErrorResponse } from '../http/http-exception.filter';
import { INGEST_ROUTE } from './ingest.controller';

/** Media types whose bodies the ingest route takes as bytes; intake checks them per source. */
const RAW_MEDIA_TYPES = ['application/x-ndjson', 'text/plain', 'application/octet-stream'];

const isIngestRoute = (request: FastifyRequest): boolean =>
  request.routeOptions.url === INGEST_ROUTE;

/**
 * Makes the ingest route receive its body as the bytes sent, whatever the media type, with
 * its own body limit; other routes keep Fastify's JSON parsing. Must run before Nest
 * registers the routes. Fastify refuses an oversized body or an unknown media type before
 * Nest sees the request, so the route gets its own error handler answering in Tarn's shape.
 */
export function registerIngestBodyHandling(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');

  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    if (isIngestRoute(request)) {
      done(null, body);

      return;
    }
    void parseJson(request, body.toString('utf8'), done);
  });
  fastify.addContentTypeParser(RAW_MEDIA_TYPES, { parseAs: 'buffer' }, (request, body, done) => {
    done(null, isIngestRoute(request) ? body : body.toString('utf8'));
  });
  fastify.addHook('onRoute', (route) => {
    if (route.url === INGEST_ROUTE) {
      route.bodyLimit = MAX_INGEST_BODY_BYTES;
      route.errorHandler = answerFastifyRefusal;
    }
  });
}

function answerFastifyRefusal(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const [status, body] = intakeErrorResponse(toIntakeException(error), request.id);

  void reply.status(status).header('content-type', 'application/json').send(body);
}

function toIntakeException(error: FastifyError): IntakeException {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new IntakeException(
        IntakeExceptionCode.PayloadTooLarge,
        `the body is over ${MAX_INGEST_BODY_BYTES} bytes, the most accepted per batch; ` +
          'split it or compress it',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new IntakeException(
        IntakeExceptionCode.UnsupportedMediaType,
        `content type ${JSON.stringify(error.message)} is not accepted; send one of: ` +
          ['application/json', ...RAW_MEDIA_TYPES.slice(0, 2)].join(', '),
      );
    default:
      return new IntakeException(
        IntakeExceptionCode.MalformedBody,
        `the request could not be read (${error.message})`,
        { cause: error },
      );
  }
}
