import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadConfigOrThrow } from '@tarn/config';
import { LAKE_TABLE_LIST, fitEventToLakeTable, lakeTableForClassOrThrow } from '@tarn/lake-schema';
import type { LakeColumnType, LakeTable } from '@tarn/lake-schema';
import { TrinoClient, sqlIdentifier, sqlLiteral, sqlQualifiedName } from '@tarn/trino';

import { LakeExceptionCode, LakeTableService, renderTrinoColumnType } from '../src';

const goldenDir = join(__dirname, '..', '..', 'normalize', 'src', 'mappers');

function firstGoldenEvent(file: string, classUid: number): Record<string, unknown> {
  const events = JSON.parse(readFileSync(join(goldenDir, file), 'utf8')) as Record<
    string,
    unknown
  >[];
  const event = events.find((candidate) => candidate.class_uid === classUid);

  if (event === undefined) {
    throw new Error(`no class ${classUid} event in ${file}`);
  }

  return event;
}

/** Trino's display form of a type, as DESCRIBE and information_schema show it. */
const displayTypeOf = (type: LakeColumnType): string =>
  renderTrinoColumnType(type).toLowerCase().replaceAll('"', '');

/** `INSERT … SELECT` of one fitted row: each value cast from its JSON text to the column's type. */
function insertSql(target: string, table: LakeTable, row: Record<string, unknown>): string {
  const columns = table.columns.filter((column) => row[column.name] !== undefined);
  const values = columns.map((column) =>
    column.type === 'timestamptz'
      ? `from_iso8601_timestamp(${sqlLiteral(row[column.name] as string)})`
      : `CAST(JSON ${sqlLiteral(JSON.stringify(row[column.name]))} AS ${renderTrinoColumnType(column.type)})`,
  );

  return (
    `INSERT INTO ${target} (${columns.map((column) => sqlIdentifier(column.name)).join(', ')}) ` +
    `SELECT ${values.join(', ')}`
  );
}

describe(LakeTableService.name, () => {
  const config = loadConfigOrThrow();
  const catalog = config.trino.catalog;
  const namespace = `it_lake_${randomBytes(4).toString('hex')}`;
  const trino = new TrinoClient({ ...config.trino, source: 'tarn-integration-test' });
  const tableName = (name: string) => sqlQualifiedName(catalog, namespace, name);
  let sut: LakeTableService;

  beforeAll(() => {
    sut = new LakeTableService(trino, {
      catalog,
      namespace,
      warehouseLocation: `s3://${config.s3.buckets.lake}/warehouse`,
    });
  });

  afterAll(async () => {
    for (const table of LAKE_TABLE_LIST) {
      await trino.query(`DROP TABLE IF EXISTS ${tableName(table.name)}`);
    }
    await trino.query(`DROP SCHEMA IF EXISTS ${sqlQualifiedName(catalog, namespace)}`);
  });

  it('should create every lake table with the columns and types of its layout', async () => {
    await Promise.all(LAKE_TABLE_LIST.map((table) => sut.ensureTable(table.classUid)));

    const result = await trino.query(
      'SELECT table_name, column_name, data_type FROM information_schema.columns ' +
        `WHERE table_catalog = ${sqlLiteral(catalog)} AND table_schema = ${sqlLiteral(namespace)} ` +
        'ORDER BY table_name, ordinal_position',
    );
    const actual = result.rows.map(([table, column, type]) => [
      table,
      column,
      (type as string).replaceAll('"', ''),
    ]);
    const expected = [...LAKE_TABLE_LIST]
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((table) =>
        table.columns.map((column) => [table.name, column.name, displayTypeOf(column.type)]),
      );

    expect(actual).toEqual(expected);
  });

  it('should partition by day(time_dt) and sort by time_dt', async () => {
    const result = await trino.query(`SHOW CREATE TABLE ${tableName('network_activity')}`);
    const ddl = result.rows[0]?.[0] as string;

    expect(ddl).toContain("partitioning = ARRAY['day(time_dt)']");
    expect(ddl).toContain("sorted_by = ARRAY['time_dt ASC NULLS FIRST']");
    expect(ddl).toContain(
      `location = 's3://${config.s3.buckets.lake}/warehouse/${namespace}/network_activity'`,
    );
  });

  it('should issue no DDL when the table was already ensured in this process', async () => {
    const query = jest.spyOn(trino, 'query');

    await sut.ensureTable(4001);

    expect(query).not.toHaveBeenCalled();
    query.mockRestore();
  });

  it.each([
    ['network_activity', 'vpcflow/__golden__/default-format.expected.json', 4001],
    ['authentication', 'okta/__golden__/sessions-and-authentication.expected.json', 3002],
  ])('should store a golden %s event and read it back', async (name, file, classUid) => {
    const event = firstGoldenEvent(file, classUid);
    const table = lakeTableForClassOrThrow(classUid);
    const { row, problems } = fitEventToLakeTable(event, table);

    await trino.query(insertSql(tableName(name), table, row));
    const result = await trino.query(
      `SELECT class_uid, "time", CAST(to_unixtime(time_dt) * 1000 AS BIGINT), metadata.product.name, cardinality(observables) ` +
        `FROM ${tableName(name)} WHERE class_uid = ${classUid}`,
    );

    expect(problems).toEqual([]);
    expect(result.rows).toEqual([
      [
        classUid,
        event.time,
        Date.parse(event.time_dt as string),
        (event.metadata as { product: { name: string } }).product.name,
        (event.observables as unknown[]).length,
      ],
    ]);
  });

  it('should fail with LAKE_UNKNOWN_TABLE for a class Tarn does not emit', async () => {
    await expect(sut.ensureTable(1001)).rejects.toMatchObject({
      code: LakeExceptionCode.UnknownTable,
    });
  });
});
