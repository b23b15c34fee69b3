import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';

import { loadConfigOrThrow } from '@tarn/config';
import { BatchRepository, BatchState, MigrationService } from '@tarn/metadata';
import { QueueName, redisConnectionFromUrl } from '@tarn/queue';
import type { NormalizeBatchPayload } from '@tarn/queue';
import { SourceService } from '@tarn/sources';
import type { CreatedSource } from '@tarn/sources';
import { OBJECT_STORE } from '@tarn/storage';
import type { ObjectStore } from '@tarn/storage';

import { createGatewayApp } from '../src/create-gateway-app';

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

const NDJSON = Buffer.from(
  '{"eventVersion":"1.08","eventName":"ConsoleLogin","eventTime":"2026-12-03T10:00:00Z"}\n' +
    '{"eventVersion":"1.08","eventName":"GetObject","eventTime":"2026-12-03T10:00:01Z"}\n',
);

/** Real zstd from the `zstd` tool: Node 20 has no zstd compressor, and fzstd only decodes. */
const zstd = (input: Buffer): Buffer => execFileSync('zstd', ['-q', '-c'], { input });

/** HTTP ingest against the real Postgres, Redis and RGW of the local stack. */
describe('HTTP ingest', () => {
  const config = { ...loadConfigOrThrow(), gateway: { ...loadConfigOrThrow().gateway, port: 0 } };
  const ingestQueue = new Queue<NormalizeBatchPayload>(QueueName.Ingest, {
    connection: redisConnectionFromUrl(config.redis.url),
  });
  const createdJobIds: string[] = [];
  let gateway: NestFastifyApplication;
  let baseUrl: string;
  let sources: SourceService;
  let store: ObjectStore;
  let cloudtrail: CreatedSource;

  const createSource = (type: string): Promise<CreatedSource> =>
    sources.createOrThrow({ name: `it ingest ${randomBytes(5).toString('hex')}`, type });

  const post = async (
    sourceId: string,
    key: string | undefined,
    body: Buffer,
    headers: Record<string, string> = { 'content-type': 'application/x-ndjson' },
  ): Promise<Answer> => {
    const response = await fetch(`${baseUrl}/v1/ingest/${sourceId}`, {
      method: 'POST',
      headers: { ...headers, ...(key === undefined ? {} : { authorization: `Bearer ${key}` }) },
      body,
    });
    const answer = {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    };

    if (answer.status === 202) {
      createdJobIds.push(answer.body.batchId as string);
    }

    return answer;
  };

  const expectRefusal = (answer: Answer, status: number, error: string): void => {
    expect({ status: answer.status, error: answer.body.error }).toEqual({ status, error });
    expect(answer.body.message).toEqual(expect.any(String));
    expect(answer.body.requestId).toBe(answer.headers.get('x-request-id'));
  };

  beforeAll(async () => {
    gateway = await createGatewayApp(config, false);
    await gateway.get(MigrationService).migrate();
    await gateway.listen(0, '127.0.0.1');
    baseUrl = await gateway.getUrl();
    sources = gateway.get(SourceService);
    store = gateway.get<ObjectStore>(OBJECT_STORE);
    cloudtrail = await createSource('cloudtrail');
  });

  afterAll(async () => {
    await Promise.all(createdJobIds.map((id) => ingestQueue.remove(id)));
    await ingestQueue.close();
    await gateway.close();
  });

  it.each([
    ['plain', NDJSON, {}],
    ['gzip', gzipSync(NDJSON), { 'content-encoding': 'gzip' }],
    ['zstd', zstd(NDJSON), { 'content-encoding': 'zstd' }],
  ])(
    'should accept %s NDJSON with 202, store the bytes as sent, record the batch and queue it',
    async (_, sent, encoding) => {
      const answer = await post(cloudtrail.source.id, cloudtrail.key, sent, {
        'content-type': 'application/x-ndjson',
        ...encoding,
      });

      expect(answer.status).toBe(202);
      expect(answer.body).toEqual({ batchId: expect.any(String) as string, bytes: sent.length });
      const batchId = answer.body.batchId as string;
      const batch = await gateway.get(BatchRepository).findById(batchId);
      expect(batch).toMatchObject({
        sourceId: cloudtrail.source.id,
        state: BatchState.Accepted,
        rawBucket: config.s3.buckets.raw,
        contentType: 'application/x-ndjson',
        bytesReceived: sent.length,
        bytesRaw: NDJSON.length,
        peer: '127.0.0.1',
        recordsIn: null,
      });
      expect(batch!.rawKey).toMatch(
        new RegExp(`^raw/${cloudtrail.source.id}/\\d{4}/\\d{2}/\\d{2}/${batchId}$`),
      );
      await expect(store.getObject(batch!.rawBucket, batch!.rawKey)).resolves.toEqual(sent);
      const job = await ingestQueue.getJob(batchId);
      expect(job?.name).toBe('normalize-batch');
      expect(job?.data).toEqual({
        batchId,
        sourceId: cloudtrail.source.id,
        rawBucket: batch!.rawBucket,
        rawKey: batch!.rawKey,
      });
    },
  );

  it('should accept a JSON document for a JSON source, the body kept as bytes', async () => {
    const document = Buffer.from('{"Records":[{"eventName":"ConsoleLogin"}]}');

    const answer = await post(cloudtrail.source.id, cloudtrail.key, document, {
      'content-type': 'application/json',
    });

    expect(answer.status).toBe(202);
  });

  it('should answer 401 without a key and with a key no source holds', async () => {
    const made = `tarn_src_${randomBytes(32).toString('base64url')}`;

    expectRefusal(await post(cloudtrail.source.id, undefined, NDJSON), 401, 'UNAUTHENTICATED');
    expectRefusal(await post(cloudtrail.source.id, made, NDJSON), 401, 'UNAUTHENTICATED');
    expectRefusal(
      await post(cloudtrail.source.id, config.gateway.adminToken, NDJSON),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('should answer 403 when a valid key names another source, known or not', async () => {
    const other = await createSource('okta');

    expectRefusal(await post(cloudtrail.source.id, other.key, NDJSON), 403, 'FORBIDDEN');
    expectRefusal(
      await post('00000000-0000-4000-8000-000000000000', cloudtrail.key, NDJSON),
      403,
      'FORBIDDEN',
    );
  });

  it('should answer 401 alike for a disabled source own key and a made-up one', async () => {
    const disabled = await createSource('okta');
    await sources.disableOrThrow(disabled.source.id);
    const made = `tarn_src_${randomBytes(32).toString('base64url')}`;

    const own = await post(disabled.source.id, disabled.key, NDJSON);
    const madeUp = await post(disabled.source.id, made, NDJSON);

    expectRefusal(own, 401, 'UNAUTHENTICATED');
    expectRefusal(madeUp, 401, 'UNAUTHENTICATED');
    expect(own.body.message).toBe(madeUp.body.message);
  });

  it('should answer 400 for truncated gzip', async () => {
    const gzip = gzipSync(NDJSON);

    expectRefusal(
      await post(cloudtrail.source.id, cloudtrail.key, gzip.subarray(0, gzip.length - 10), {
        'content-type': 'application/x-ndjson',
        'content-encoding': 'gzip',
      }),
      400,
      'INTAKE_MALFORMED_BODY',
    );
  });

  it('should answer 400 naming the offset for invalid UTF-8', async () => {
    const answer = await post(
      cloudtrail.source.id,
      cloudtrail.key,
      Buffer.concat([Buffer.from('{"a":1}\n'), Buffer.from([0xc3, 0x28])]),
    );

    expectRefusal(answer, 400, 'INTAKE_MALFORMED_BODY');
    expect(answer.body.message).toContain('offset 8');
  });

  it('should answer 415 for a content type the source type does not take', async () => {
    for (const contentType of ['text/plain', 'application/octet-stream', 'application/xml']) {
      expectRefusal(
        await post(cloudtrail.source.id, cloudtrail.key, NDJSON, { 'content-type': contentType }),
        415,
        'INTAKE_UNSUPPORTED_MEDIA_TYPE',
      );
    }
  });

  it('should answer 415 for an unknown content encoding', async () => {
    expectRefusal(
      await post(cloudtrail.source.id, cloudtrail.key, NDJSON, {
        'content-type': 'application/x-ndjson',
        'content-encoding': 'br',
      }),
      415,
      'INTAKE_UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('should answer 413 in Tarn’s error shape for a body over 10 MiB', async () => {
    const answer = await post(
      cloudtrail.source.id,
      cloudtrail.key,
      Buffer.alloc(10 * 1024 * 1024 + 1, 0x61),
    );

    expectRefusal(answer, 413, 'INTAKE_PAYLOAD_TOO_LARGE');
  });

  it('should answer 413 for a gzip bomb that decodes past 64 MiB', async () => {
    const bomb = gzipSync(Buffer.alloc(65 * 1024 * 1024, 0x20));

    const answer = await post(cloudtrail.source.id, cloudtrail.key, bomb, {
      'content-type': 'application/x-ndjson',
      'content-encoding': 'gzip',
    });

    expect(bomb.length).toBeLessThan(100 * 1024);
    expectRefusal(answer, 413, 'INTAKE_PAYLOAD_TOO_LARGE');
    expect(answer.body.message).toContain('decompression bomb');
  });

  it('should answer 503 with Retry-After: 5 when the object store is unreachable', async () => {
    const unreachableStore = { ...config.s3, endpoint: 'http://127.0.0.1:9' };
    const broken = await createGatewayApp({ ...config, s3: unreachableStore }, false);
    await broken.listen(0, '127.0.0.1');

    try {
      const response = await fetch(`${await broken.getUrl()}/v1/ingest/${cloudtrail.source.id}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${cloudtrail.key}`,
          'content-type': 'application/x-ndjson',
        },
        body: NDJSON,
      });
      const body = (await response.json()) as Record<string, unknown>;

      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(body).toMatchObject({ error: 'INTAKE_UNAVAILABLE' });
      expect(body.message).toContain('send it again later');
    } finally {
      await broken.close();
    }
  });

  it('should still parse JSON bodies of the admin API', async () => {
    const response = await fetch(`${baseUrl}/v1/sources`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${config.gateway.adminToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        name: `it ingest admin ${randomBytes(4).toString('hex')}`,
        type: 'okta',
      }),
    });

    expect(response.status).toBe(201);
  });
});
