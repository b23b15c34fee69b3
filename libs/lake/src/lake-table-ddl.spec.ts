import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { LAKE_TABLE_LIST, findLakeTable } from '@tarn/lake-schema';

import {
  buildCreateNamespaceSql,
  buildCreateTableSql,
  renderTrinoColumnType,
} from './lake-table-ddl';

const DDL_DIR = join(__dirname, 'generated', 'ddl');
/** Set to regenerate the reviewed DDL files instead of comparing against them. */
const UPDATE = process.env.TARN_UPDATE_DDL === '1';
const REGENERATE = 'TARN_UPDATE_DDL=1 npx jest -c libs/lake/jest.config.cjs lake-table-ddl';

const ddlOf = (name: string): string => {
  const table = findLakeTable(name);

  if (table === undefined) {
    throw new Error(`no lake table ${name}`);
  }

  return `${buildCreateTableSql({
    catalog: 'lake',
    namespace: 'ocsf',
    table,
    location: `s3://tarn-lake/warehouse/ocsf/${name}`,
  })};\n`;
};

describe(renderTrinoColumnType.name, () => {
  it('should render scalars as Trino types', () => {
    expect(
      ['boolean', 'int', 'long', 'double', 'string', 'timestamptz'].map((type) =>
        renderTrinoColumnType(type as 'int'),
      ),
    ).toEqual(['BOOLEAN', 'INTEGER', 'BIGINT', 'DOUBLE', 'VARCHAR', 'TIMESTAMP(6) WITH TIME ZONE']);
  });

  it('should render structs with quoted field names, lists and maps', () => {
    const sut = renderTrinoColumnType({
      kind: 'list',
      element: {
        kind: 'struct',
        fields: [
          { name: 'type', type: 'string' },
          { name: 'odd"name', type: { kind: 'map', value: 'long' } },
        ],
      },
    });

    expect(sut).toBe('ARRAY(ROW("type" VARCHAR, "odd""name" MAP(VARCHAR, BIGINT)))');
  });
});

describe(buildCreateTableSql.name, () => {
  it('should partition by day(time_dt), sort by time_dt and place the table at its location', () => {
    const sql = ddlOf('base_event');

    expect(sql).toMatch(
      /^CREATE TABLE IF NOT EXISTS "lake"\."ocsf"\."base_event" \(\n {2}"activity_id" INTEGER,/,
    );
    expect(sql).toContain('  "time_dt" TIMESTAMP(6) WITH TIME ZONE,\n');
    expect(sql).toContain(
      "WITH (\n  format = 'PARQUET',\n  partitioning = ARRAY['day(time_dt)'],\n" +
        "  sorted_by = ARRAY['time_dt'],\n  location = 's3://tarn-lake/warehouse/ocsf/base_event'\n)",
    );
  });

  it('should quote the location literal', () => {
    expect(
      buildCreateNamespaceSql({ catalog: 'lake', namespace: 'ocsf', location: "s3://b/it's" }),
    ).toBe(`CREATE SCHEMA IF NOT EXISTS "lake"."ocsf" WITH (location = 's3://b/it''s')`);
  });

  it('should have one reviewed DDL file per lake table and no other', () => {
    if (UPDATE) {
      for (const table of LAKE_TABLE_LIST) {
        writeFileSync(join(DDL_DIR, `${table.name}.sql`), ddlOf(table.name));
      }
    }

    const files = readdirSync(DDL_DIR)
      .filter((name) => name.endsWith('.sql'))
      .sort();

    expect(files).toEqual(LAKE_TABLE_LIST.map((table) => `${table.name}.sql`).sort());
  });

  it.each(LAKE_TABLE_LIST.map((table) => [table.name]))(
    'should render the DDL of %s exactly as checked in (regenerate: ' + REGENERATE + ')',
    (name) => {
      const path = join(DDL_DIR, `${name}.sql`);
      const checkedIn = existsSync(path) ? readFileSync(path, 'utf8') : '';

      expect(ddlOf(name)).toBe(checkedIn);
    },
  );
});
