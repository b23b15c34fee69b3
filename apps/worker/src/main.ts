import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { TARN_VERSION, exitOnBootFailure, loadConfigOrThrow } from '@tarn/config';
import { HealthHttpServer, ReadinessService } from '@tarn/health';
import { TarnLogger } from '@tarn/observability';
import { QueueName } from '@tarn/queue';

import { WorkerModule } from './worker.module';

const APP_NAME = 'tarn-worker';
/**
 * Queues this worker has processors for. TODO: add QueueName.Ingest with the normalize-batch
 * processor — until then accepted batches wait in the raw zone and in the tarn-ingest queue.
 */
const CONSUMED_QUEUES = [QueueName.Diagnostics];

async function bootstrap(): Promise<void> {
  const config = loadConfigOrThrow();
  const logger = new TarnLogger({
    app: APP_NAME,
    level: config.log.level,
    format: config.log.format,
  });
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    logger,
    bufferLogs: true,
  });
  const health = new HealthHttpServer(app.get(ReadinessService), {
    host: config.gateway.host,
    port: config.worker.healthPort,
    token: config.gateway.adminToken,
  });

  // Flushes what was buffered during boot through the JSON logger.
  app.useLogger(logger);
  app.enableShutdownHooks();
  await health.start();
  // BullMQ workers drain their current jobs on close; the health server goes first so that
  // Kubernetes stops counting this pod as ready while it drains.
  process.once('SIGTERM', () => void health.stop());
  new Logger('Bootstrap').log(
    `${APP_NAME} ${TARN_VERSION} (${config.env}) consuming ${CONSUMED_QUEUES.join(', ')} ` +
      `with concurrency ${config.worker.concurrency}; health on http://${config.gateway.host}:${config.worker.healthPort}`,
  );
}

bootstrap().catch(exitOnBootFailure(APP_NAME));
