import 'reflect-metadata';

import { randomUUID } from 'node:crypto';

import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { ConfigException, TARN_VERSION, loadConfigOrThrow } from '@tarn/config';
import { MigrationService } from '@tarn/metadata';
import { TarnLogger } from '@tarn/observability';

import { GatewayModule } from './gateway.module';

const APP_NAME = 'tarn-gateway';
/** Admin and diagnostics bodies are small; ingest routes will raise their own limit. */
const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

async function bootstrap(): Promise<void> {
  const config = loadConfigOrThrow();
  const logger = new TarnLogger({
    app: APP_NAME,
    level: config.log.level,
    format: config.log.format,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.register(config),
    new FastifyAdapter({ bodyLimit: DEFAULT_BODY_LIMIT_BYTES, genReqId: () => randomUUID() }),
    { logger, bufferLogs: true },
  );

  app.enableShutdownHooks();
  await app.get(MigrationService).migrate();
  await app.listen(config.gateway.port, config.gateway.host);
  new Logger('Bootstrap').log(
    `${APP_NAME} ${TARN_VERSION} (${config.env}) listening on http://${config.gateway.host}:${config.gateway.port}; ` +
      `trino ${config.trino.url} catalog ${config.trino.catalog}; s3 ${config.s3.endpoint}`,
  );
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigException) {
    process.stderr.write(`${APP_NAME}: ${error.message}\n`);
  } else {
    process.stderr.write(
      `${APP_NAME}: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
