import { randomBytes } from 'node:crypto';

import type { LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { loadConfigOrThrow } from '@tarn/config';
import { MigrationService } from '@tarn/metadata';
import { SOURCE_TYPES } from '@tarn/normalize';
import { SourceService } from '@tarn/sources';

import { createGatewayApp } from '../src/create-gateway-app';

/** Keeps every log line the gateway writes, at every level, to prove what never appears in one. */
class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];

  log(...parts: unknown[]): void {
    this.keep(parts);
  }

  error(...parts: unknown[]): void {
    this.keep(parts);
  }

  warn(...parts: unknown[]): void {
    this.keep(parts);
  }

  debug(...parts: unknown[]): void {
    this.keep(parts);
  }

  verbose(...parts: unknown[]): void {
    this.keep(parts);
  }

  fatal(...parts: unknown[]): void {
    this.keep(parts);
  }

  private keep(parts: unknown[]): void {
    this.lines.push(
      parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '),
    );
  }
}

interface SourceBody {
  id: string;
  name: string;
  type: string;
  region: string | null;
  accountId: string | null;
  enabled: boolean;
  keyPrefix: string;
  disabledAt: string | null;
}

interface Answer<T> {
  status: number;
  body: T;
}

interface ErrorBody {
  error: string;
  message: string;
}

/** The sources admin API over real HTTP against the real Postgres of the local stack. */
describe('sources admin API', () => {
  const config = { ...loadConfigOrThrow(), gateway: { ...loadConfigOrThrow().gateway, port: 0 } };
  const logger = new CapturingLogger();
  const authorized = {
    authorization: `Bearer ${config.gateway.adminToken}`,
    'content-type': 'application/json',
  };
  let gateway: NestFastifyApplication;
  let baseUrl: string;

  /** Names are unique per run, so tests neither collide with each other nor with earlier runs. */
  const uniqueName = (label: string): string => `it ${label} ${randomBytes(5).toString('hex')}`;

  const request = async (
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? { authorization: authorized.authorization } : authorized,
      body: body === undefined ? undefined : JSON.stringify(body),
    });

    return { status: response.status, body: await response.json() };
  };

  const createSource = (body: Record<string, unknown>) =>
    request('POST', '/v1/sources', body) as Promise<
      Answer<{ source: SourceBody; key: string } & ErrorBody>
    >;

  beforeAll(async () => {
    gateway = await createGatewayApp(config, logger);
    await gateway.get(MigrationService).migrate();
    await gateway.listen(0, '127.0.0.1');
    baseUrl = await gateway.getUrl();
  });

  afterAll(async () => {
    await gateway.close();
  });

  it('should create a source and answer 201 with the source and its key, once', async () => {
    const name = uniqueName('create');

    const created = await createSource({
      name,
      type: 'cloudtrail',
      region: 'us-east-1',
      accountId: '123456789012',
    });

    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^tarn_src_[A-Za-z0-9_-]{43}$/);
    expect(created.body.source).toMatchObject({
      name,
      type: 'cloudtrail',
      region: 'us-east-1',
      accountId: '123456789012',
      enabled: true,
      ocsfVersion: '1.1.0',
      keyPrefix: created.body.key.slice(9, 17),
      disabledAt: null,
    });
    expect(created.body.source).not.toHaveProperty('keyHash');
    expect(logger.lines.join('\n')).toContain(created.body.source.id);
    expect(logger.lines.join('\n')).not.toContain(created.body.key);
  });

  it('should list and get the source without its key or the key hash', async () => {
    const { body: created } = await createSource({ name: uniqueName('list'), type: 'okta' });

    const list = (await request('GET', '/v1/sources')) as Answer<{ sources: SourceBody[] }>;
    const one = (await request('GET', `/v1/sources/${created.source.id}`)) as Answer<SourceBody>;

    expect(list.status).toBe(200);
    expect(list.body.sources.find((source) => source.id === created.source.id)).toEqual(
      created.source,
    );
    expect(one).toEqual({ status: 200, body: created.source });
    for (const text of [JSON.stringify(list.body), JSON.stringify(one.body)]) {
      expect(text).not.toContain(created.key);
      expect(text).not.toMatch(/key_?hash/i);
    }
  });

  it('should answer 409 SOURCE_NAME_TAKEN for a name in use, in any case', async () => {
    const name = uniqueName('dup');

    await createSource({ name, type: 'okta' });
    const again = await createSource({ name: name.toUpperCase(), type: 'syslog' });

    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'SOURCE_NAME_TAKEN' });
    expect(again.body.message).toContain('already exists');
  });

  it('should answer 400 listing the valid types for an unknown type', async () => {
    const response = await createSource({ name: uniqueName('type'), type: 'splunk' });

    expect(response.status).toBe(400);
    expect(response.body.error).toBe('SOURCE_INVALID');
    expect(response.body.message).toContain(
      `unknown source type "splunk"; expected one of: ${SOURCE_TYPES.join(', ')}`,
    );
  });

  it.each([
    [{ name: 'x', type: 'okta', keyHash: 'a'.repeat(64) }, /unknown field "keyHash"/],
    [{ name: 'x', type: 'okta', enabled: false }, /unknown field "enabled"/],
    [{ name: 42, type: 'okta' }, /name must be a string, got number/],
    [{ name: 'x', type: 'okta', region: 1 }, /region must be a string, got number/],
    [{ type: 'okta' }, /name is required/],
  ])('should answer 400 naming the field for the body %j', async (body, message) => {
    const response = await createSource(body);

    expect(response.status).toBe(400);
    expect(response.body.error).toBe('SOURCE_INVALID');
    expect(response.body.message).toMatch(message);
  });

  it('should refuse a name with SQL metacharacters by its character set, and keep the table', async () => {
    const response = await createSource({ name: "x'; DROP TABLE tarn_sources; --", type: 'okta' });
    const list = await request('GET', '/v1/sources');

    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/name may contain only letters, digits, spaces/);
    expect(list.status).toBe(200);
  });

  it('should store every allowed character verbatim, SQL comment markers included', async () => {
    const name = `${uniqueName('chars')} --._-- 0`;

    const created = await createSource({ name, type: 'vpcflow' });
    const read = (await request(
      'GET',
      `/v1/sources/${created.body.source.id}`,
    )) as Answer<SourceBody>;

    expect(created.status).toBe(201);
    expect(read.body.name).toBe(name);
  });

  it('should refuse the key of a disabled source, and accept it again once enabled', async () => {
    const { body: created } = await createSource({ name: uniqueName('disable'), type: 'waf' });
    const sources = gateway.get(SourceService);

    await expect(sources.authenticate(created.key)).resolves.toMatchObject({
      id: created.source.id,
    });

    const disabled = (await request(
      'POST',
      `/v1/sources/${created.source.id}/disable`,
    )) as Answer<SourceBody>;

    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({
      enabled: false,
      disabledAt: expect.any(String) as string,
    });
    await expect(sources.authenticate(created.key)).resolves.toBeUndefined();

    const enabled = (await request(
      'POST',
      `/v1/sources/${created.source.id}/enable`,
    )) as Answer<SourceBody>;

    expect(enabled.body).toMatchObject({ enabled: true, disabledAt: null });
    await expect(sources.authenticate(created.key)).resolves.toMatchObject({
      id: created.source.id,
    });
  });

  it('should answer 404 SOURCE_NOT_FOUND for an unknown or malformed id', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';

    for (const [method, path] of [
      ['GET', `/v1/sources/${unknown}`],
      ['POST', `/v1/sources/${unknown}/disable`],
      ['POST', `/v1/sources/${unknown}/enable`],
      ['GET', '/v1/sources/not-a-uuid'],
    ] as const) {
      const response = (await request(method, path)) as Answer<ErrorBody>;

      expect({ path, status: response.status, error: response.body.error }).toEqual({
        path,
        status: 404,
        error: 'SOURCE_NOT_FOUND',
      });
    }
  });

  it('should answer 401 without the admin token', async () => {
    for (const [method, path] of [
      ['GET', '/v1/sources'],
      ['POST', '/v1/sources'],
      ['GET', '/v1/sources/00000000-0000-4000-8000-000000000000'],
      ['POST', '/v1/sources/00000000-0000-4000-8000-000000000000/disable'],
    ] as const) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'POST' ? JSON.stringify({ name: 'x', type: 'okta' }) : undefined,
      });

      expect({ path, status: response.status }).toEqual({ path, status: 401 });
    }
  });
});
