import type { LakeColumn, LakeColumnType, LakeTable } from '@tarn/lake-schema';
import { sqlIdentifier, sqlLiteral, sqlQualifiedName } from '@tarn/trino';

/** Column the tables are partitioned (by day) and sorted on. */
export const LAKE_TIME_COLUMN = 'time_dt';

const SCALAR_TRINO_TYPES = {
  boolean: 'BOOLEAN',
  int: 'INTEGER',
  long: 'BIGINT',
  double: 'DOUBLE',
  string: 'VARCHAR',
  timestamptz: 'TIMESTAMP(6) WITH TIME ZONE',
} as const;

/** Trino's text for a column type: `ROW("ip" VARCHAR, "port" INTEGER)`, `ARRAY(VARCHAR)`, … */
export function renderTrinoColumnType(type: LakeColumnType): string {
  if (typeof type === 'string') {
    return SCALAR_TRINO_TYPES[type];
  }
  switch (type.kind) {
    case 'struct':
      return `ROW(${type.fields.map(renderField).join(', ')})`;
    case 'list':
      return `ARRAY(${renderTrinoColumnType(type.element)})`;
    case 'map':
      return `MAP(VARCHAR, ${renderTrinoColumnType(type.value)})`;
  }
}

function renderField(field: LakeColumn): string {
  return `${sqlIdentifier(field.name)} ${renderTrinoColumnType(field.type)}`;
}

export interface CreateLakeTableSqlInput {
  catalog: string;
  namespace: string;
  table: LakeTable;
  /** Table location, e.g. `s3://tarn-lake/warehouse/ocsf/network_activity`. */
  location: string;
}

/**
 * `CREATE TABLE IF NOT EXISTS` for one lake table: Parquet, partitioned by `day(time_dt)` and
 * sorted by `time_dt` within each file (Trino's Iceberg `sorted_by`, verified on Trino 476).
 */
export function buildCreateTableSql(input: CreateLakeTableSqlInput): string {
  const columns = input.table.columns.map((column) => `  ${renderField(column)}`);

  return [
    `CREATE TABLE IF NOT EXISTS ${sqlQualifiedName(input.catalog, input.namespace, input.table.name)} (`,
    columns.join(',\n'),
    ')',
    'WITH (',
    "  format = 'PARQUET',",
    `  partitioning = ARRAY[${sqlLiteral(`day(${LAKE_TIME_COLUMN})`)}],`,
    `  sorted_by = ARRAY[${sqlLiteral(LAKE_TIME_COLUMN)}],`,
    `  location = ${sqlLiteral(input.location)}`,
    ')',
  ].join('\n');
}

export interface CreateLakeNamespaceSqlInput {
  catalog: string;
  namespace: string;
  /** e.g. `s3://tarn-lake/warehouse/ocsf` */
  location: string;
}

export function buildCreateNamespaceSql(input: CreateLakeNamespaceSqlInput): string {
  return (
    `CREATE SCHEMA IF NOT EXISTS ${sqlQualifiedName(input.catalog, input.namespace)} ` +
    `WITH (location = ${sqlLiteral(input.location)})`
  );
}
