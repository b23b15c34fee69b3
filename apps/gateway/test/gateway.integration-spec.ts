import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { ConfigModule, loadConfigOrThrow } from '@tarn/config';
import { MigrationService } from '@tarn/metadata';
import { DiagnosticsWorkerModule } from '@tarn/queue';

import { createGatewayApp } from '../src/create-gateway-app';

/**
 * The gateway over real HTTP against the real Postgres, Redis, RGW and Trino, with the worker's
 * diagnostics processor consuming the queue in a separate Nest context.
 */
describe('gateway with a worker', () => {
  const config = { ...loadConfigOrThrow(), gateway: { ...loadConfigOrThrow().gateway, port: 0 } };
  let gateway: NestFastifyApplication;
  let worker: INestApplicationContext;
  let baseUrl: string;
  const authorized = { authorization: `Bearer ${config.gateway.adminToken}` };

  beforeAll(async () => {
    gateway = await createGatewayApp(config, ['error']);
    await gateway.get(MigrationService).migrate();
    await gateway.listen(0, '127.0.0.1');
    baseUrl = await gateway.getUrl();
    worker = await NestFactory.createApplicationContext(
      {
        module: class WorkerUnderTest {},
        imports: [ConfigModule.forRoot(config), DiagnosticsWorkerModule],
      },
      { logger: ['error'] },
    );
  });

  afterAll(async () => {
    await worker.close();
    await gateway.close();
  });

  it('should refuse every endpoint without a token, probes included', async () => {
    for (const path of ['/livez', '/readyz', '/v1/diagnostics/queue-round-trip']) {
      const response = await fetch(`${baseUrl}${path}`, {
        method: path.startsWith('/v1') ? 'POST' : 'GET',
      });

      expect({ path, status: response.status }).toEqual({ path, status: 401 });
    }
  });

  it('should answer an unknown path with 404 and no detail', async () => {
    const response = await fetch(`${baseUrl}/v1/nope`);

    expect(response.status).toBe(404);
  });

  it('should explain the refusal in a JSON body with a request id', async () => {
    const response = await fetch(`${baseUrl}/livez`, {
      headers: { authorization: 'Bearer wrong' },
    });
    const body = (await response.json()) as Record<string, string>;

    expect(body).toMatchObject({
      error: 'UNAUTHENTICATED',
      message: expect.stringContaining('bearer token') as string,
    });
    expect(body.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('should be ready when Postgres, Redis, the object store and Trino all answer', async () => {
    const response = await fetch(`${baseUrl}/readyz`, { headers: authorized });
    const report = (await response.json()) as {
      status: string;
      components: { component: string; status: string }[];
    };

    expect(report.components.map(({ component, status }) => ({ component, status }))).toEqual([
      { component: 'postgres', status: 'up' },
      { component: 'redis', status: 'up' },
      { component: 'object-store', status: 'up' },
      { component: 'trino', status: 'up' },
    ]);
    expect(response.status).toBe(200);
  });

  it('should have a worker complete a job that the gateway enqueued', async () => {
    const response = await fetch(`${baseUrl}/v1/diagnostics/queue-round-trip`, {
      method: 'POST',
      headers: authorized,
    });
    const body = (await response.json()) as {
      result: { nonce: string; worker: { pid: number } };
      latencyMs: number;
    };

    expect(response.status).toBe(200);
    // Any live worker may take it (a development stack can run its own beside this test).
    expect(typeof body.result.nonce).toBe('string');
    expect(Number.isInteger(body.result.worker.pid)).toBe(true);
    expect(body.latencyMs).toBeLessThan(10_000);
  });
});
