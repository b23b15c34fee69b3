import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { loadConfigOrThrow } from '@tarn/config';
import { HealthHttpServer, ReadinessService } from '@tarn/health';

import { WorkerModule } from '../src/worker.module';

describe('worker health', () => {
  const config = loadConfigOrThrow();
  let worker: INestApplicationContext;
  let health: HealthHttpServer;
  let baseUrl: string;

  beforeAll(async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule.register(config), {
      logger: ['error'],
    });
    health = new HealthHttpServer(worker.get(ReadinessService), {
      host: '127.0.0.1',
      port: 0,
      token: config.gateway.adminToken,
    });
    await health.start();
    baseUrl = `http://127.0.0.1:${health.port()}`;
  });

  afterAll(async () => {
    await health.stop();
    await worker.close();
  });

  it('should be ready when its dependencies answer', async () => {
    const response = await fetch(`${baseUrl}/readyz`, {
      headers: { authorization: `Bearer ${config.gateway.adminToken}` },
    });

    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toMatchObject({ status: 'ready' });
  });

  it('should refuse a probe without the token', async () => {
    const response = await fetch(`${baseUrl}/livez`);

    expect(response.status).toBe(401);
  });
});
