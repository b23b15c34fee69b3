import { randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import { loadConfigOrThrow } from '@tarn/config';

import { SourceRepository, buildDataSourceOptions, openStandaloneMetadata } from '../src';
import type { NewSourceRecord, StandaloneMetadata } from '../src';

/** Against real Postgres, in a private schema migrated for this run. */
describe(SourceRepository.name, () => {
  const config = loadConfigOrThrow();
  const schemaName = `tarn_it_${randomBytes(4).toString('hex')}`;
  let admin: DataSource;
  let metadata: StandaloneMetadata;
  let sut: SourceRepository;

  const record = (overrides: Partial<NewSourceRecord> = {}): NewSourceRecord => ({
    name: `repo ${randomBytes(4).toString('hex')}`,
    type: 'cloudtrail',
    region: null,
    accountId: null,
    keyPrefix: randomBytes(4).toString('hex'),
    keyHash: randomBytes(32).toString('hex'),
    ...overrides,
  });

  beforeAll(async () => {
    admin = await new DataSource(buildDataSourceOptions(config.postgres.url)).initialize();
    await admin.query(`CREATE SCHEMA "${schemaName}"`);
    metadata = await openStandaloneMetadata(config.postgres.url, { searchPath: schemaName });
    await metadata.migrations.migrate();
    sut = metadata.sources;
  });

  afterAll(async () => {
    await metadata.close();
    await admin.query(`DROP SCHEMA IF EXISTS "${schemaName}" CASCADE`);
    await admin.destroy();
  });

  it('should create a source with the database defaults and find it by id and key hash', async () => {
    const values = record({ region: 'us-east-1', accountId: '123456789012' });

    const created = await sut.create(values);

    expect(created).toMatchObject({
      ...values,
      enabled: true,
      ocsfVersion: '1.1.0',
      expectedIntervalSeconds: null,
      disabledAt: null,
    });
    expect(created?.id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(sut.findById(created!.id)).resolves.toEqual(created);
    await expect(sut.findByKeyHash(values.keyHash)).resolves.toEqual(created);
    await expect(sut.list()).resolves.toContainEqual(created);
  });

  it('should resolve to undefined for a name taken in another case, even when racing', async () => {
    const name = `Race ${randomBytes(4).toString('hex')}`;

    const results = await Promise.all([
      sut.create(record({ name })),
      sut.create(record({ name: name.toLowerCase() })),
      sut.create(record({ name: name.toUpperCase() })),
    ]);

    expect(results.filter((result) => result !== undefined)).toHaveLength(1);
  });

  it('should keep the first disabled_at when disabled twice, and clear it when enabled', async () => {
    const created = await sut.create(record());

    const disabled = await sut.setEnabled(created!.id, false);
    const again = await sut.setEnabled(created!.id, false);
    const enabled = await sut.setEnabled(created!.id, true);

    expect(disabled).toMatchObject({ enabled: false, disabledAt: expect.any(Date) as Date });
    expect(again?.disabledAt).toEqual(disabled?.disabledAt);
    expect(enabled).toMatchObject({ enabled: true, disabledAt: null });
    expect(enabled!.updatedAt.getTime()).toBeGreaterThanOrEqual(created!.updatedAt.getTime());
  });

  it('should resolve to undefined for an id no source has', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';

    await expect(sut.findById(unknown)).resolves.toBeUndefined();
    await expect(sut.setEnabled(unknown, false)).resolves.toBeUndefined();
  });
});
