import { randomUUID } from 'node:crypto';

import type { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import type { TarnConfig } from '@tarn/config';

import { GatewayModule } from './gateway.module';
import { registerIngestBodyHandling } from './ingest/ingest-body.handling';

/** Admin and diagnostics bodies are small; the ingest route raises its own limit. */
const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Builds the gateway exactly as it runs in production, so that tests exercise the same HTTP
 * setup as `main.ts`.
 */
export async function createGatewayApp(
  config: TarnConfig,
  logger: LoggerService | LogLevel[] | false,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: DEFAULT_BODY_LIMIT_BYTES,
    genReqId: () => randomUUID(),
  });

  // Every answer names its request, refusals by guards included, so a client can quote it.
  adapter.getInstance().addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  registerIngestBodyHandling(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.register(config),
    adapter,
    // Body parsing is registered above, so that the ingest route can take its body as bytes.
    { logger, bufferLogs: logger !== false && !Array.isArray(logger), bodyParser: false },
  );

  app.enableShutdownHooks();

  return app;
}
