import { randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import { loadConfigOrThrow } from '@tarn/config';

import { MIGRATIONS, MigrationService, buildDataSourceOptions } from '../src';

/** Each run gets its own Postgres schema so that reverting migrations never touches the shared tables. */
describe(MigrationService.name, () => {
  const config = loadConfigOrThrow();
  const schemaName = `tarn_it_${randomBytes(4).toString('hex')}`;
  let admin: DataSource;
  let dataSource: DataSource;
  let sut: MigrationService;

  beforeAll(async () => {
    admin = await new DataSource(buildDataSourceOptions(config.postgres.url)).initialize();
    await admin.query(`CREATE SCHEMA "${schemaName}"`);
    dataSource = await new DataSource(
      buildDataSourceOptions(config.postgres.url, { searchPath: schemaName }),
    ).initialize();
    sut = new MigrationService(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await admin.query(`DROP SCHEMA IF EXISTS "${schemaName}" CASCADE`);
    await admin.destroy();
  });

  const tableExists = async (name: string): Promise<boolean> => {
    const rows = await dataSource.query<{ exists: boolean }[]>(
      'SELECT to_regclass($1) IS NOT NULL AS "exists"',
      [name],
    );

    return rows[0]?.exists ?? false;
  };

  it('should report every migration pending on an empty database', async () => {
    await expect(sut.status()).resolves.toEqual({
      applied: [],
      pending: MIGRATIONS.map((migration) => migration.name),
    });
  });

  it('should create the Iceberg JDBC catalog and Tarn tables when migrating', async () => {
    const applied = await sut.migrate();

    expect(applied).toEqual(MIGRATIONS.map((migration) => migration.name));
    await expect(tableExists('iceberg_tables')).resolves.toBe(true);
    await expect(tableExists('iceberg_namespace_properties')).resolves.toBe(true);
    await expect(tableExists('tarn_sources')).resolves.toBe(true);
    await expect(tableExists('tarn_batches')).resolves.toBe(true);
    await expect(sut.status()).resolves.toMatchObject({ pending: [] });
  });

  it('should apply nothing when migrating an up-to-date database twice at once', async () => {
    const [first, second] = await Promise.all([sut.migrate(), sut.migrate()]);

    expect([...first, ...second]).toEqual([]);
  });

  it('should drop every table when every migration is reverted', async () => {
    for (let name = await sut.revertLast(); name !== undefined; name = await sut.revertLast()) {
      // Revert one at a time, newest first, until none is applied.
    }

    await expect(tableExists('iceberg_tables')).resolves.toBe(false);
    await expect(tableExists('tarn_sources')).resolves.toBe(false);
    await expect(tableExists('tarn_batches')).resolves.toBe(false);
    await expect(sut.status()).resolves.toMatchObject({ applied: [] });
  });
});
