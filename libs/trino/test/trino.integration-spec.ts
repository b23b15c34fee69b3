import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';

import { loadConfigOrThrow } from '@tarn/config';
import { S3ObjectStoreDriver } from '@tarn/storage';

import { TrinoClient, TrinoExceptionCode, sqlLiteral, sqlQualifiedName } from '../src';

describe(TrinoClient.name, () => {
  const config = loadConfigOrThrow();
  const schema = `it_${randomBytes(4).toString('hex')}`;
  const location = `s3://${config.s3.buckets.lake}/warehouse/${schema}`;
  const table = sqlQualifiedName(config.trino.catalog, schema, 'events');
  let sut: TrinoClient;

  beforeAll(() => {
    sut = new TrinoClient({ ...config.trino, source: 'tarn-integration-test' });
  });

  afterAll(async () => {
    await sut.query(`DROP TABLE IF EXISTS ${table}`);
    await sut.query(`DROP SCHEMA IF EXISTS ${sqlQualifiedName(config.trino.catalog, schema)}`);
  });

  it('should create an Iceberg table in the lake, insert rows and read them back', async () => {
    await sut.query(
      `CREATE SCHEMA ${sqlQualifiedName(config.trino.catalog, schema)} WITH (location = ${sqlLiteral(location)})`,
    );
    await sut.query(
      `CREATE TABLE ${table} (id bigint, actor varchar, time_dt timestamp(6) with time zone) ` +
        `WITH (format = 'PARQUET', partitioning = ARRAY['day(time_dt)'])`,
    );

    const insert = await sut.query(
      `INSERT INTO ${table} VALUES ` +
        `(1, ${sqlLiteral("o'brien")}, TIMESTAMP '2026-12-01 10:00:00 UTC'), ` +
        `(2, 'alice', TIMESTAMP '2026-12-02 11:30:00 UTC')`,
    );
    const result = await sut.query(`SELECT id, actor FROM ${table} ORDER BY id`);

    expect(insert.updateCount).toBe(2);
    expect(result.columns).toEqual([
      { name: 'id', type: 'bigint' },
      { name: 'actor', type: 'varchar' },
    ]);
    expect(result.rows).toEqual([
      [1, "o'brien"],
      [2, 'alice'],
    ]);
  });

  it('should leave Parquet data files and Iceberg metadata in the lake bucket', async () => {
    const store = new S3ObjectStoreDriver(config.s3);
    const keys: string[] = [];

    for await (const object of store.listObjects(config.s3.buckets.lake, `warehouse/${schema}/`)) {
      keys.push(object.key);
    }

    expect(keys.filter((key) => key.endsWith('.parquet'))).toHaveLength(2);
    expect(keys.some((key) => key.endsWith('.metadata.json'))).toBe(true);
    expect(keys.some((key) => key.endsWith('.avro'))).toBe(true);
  });

  it('should refuse a wrong password with TRINO_AUTHENTICATION_FAILED', async () => {
    const intruder = new TrinoClient({ ...config.trino, password: 'not-the-password' });

    await expect(intruder.query('SELECT 1')).rejects.toMatchObject({
      code: TrinoExceptionCode.AuthenticationFailed,
    });
  });

  it('should refuse a statement sent without any credentials', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(
        new URL('/v1/statement', config.trino.url),
        {
          method: 'POST',
          headers: { 'X-Trino-User': 'tarn' },
          ca: config.trino.caFile === undefined ? undefined : readFileSync(config.trino.caFile),
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );

      outgoing.on('error', reject);
      outgoing.end('SELECT 1');
    });

    expect(status).toBe(401);
  });

  it('should report Trino errors with their name when a statement fails', async () => {
    await expect(
      sut.query(`SELECT * FROM ${sqlQualifiedName(config.trino.catalog, schema, 'missing')}`),
    ).rejects.toMatchObject({
      code: TrinoExceptionCode.QueryFailed,
      trinoError: { errorName: 'TABLE_NOT_FOUND' },
    });
  });
});
