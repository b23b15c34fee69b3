import { LAKE_TABLE_LIST } from './generated/lake-columns.generated';
import type { LakeTable } from './lake-column.types';
import { LakeSchemaException, LakeSchemaExceptionCode } from './lake-schema.exception';

/** Every lake table by name (`network_activity`), one per OCSF class Tarn emits. */
export const LAKE_TABLES: Readonly<Record<string, LakeTable>> = Object.fromEntries(
  LAKE_TABLE_LIST.map((table) => [table.name, table]),
);

const tablesByClass = new Map<number, LakeTable>(
  LAKE_TABLE_LIST.map((table) => [table.classUid, table]),
);

/** The lake table with this name, or undefined. */
export const findLakeTable = (name: string): LakeTable | undefined =>
  Object.prototype.hasOwnProperty.call(LAKE_TABLES, name) ? LAKE_TABLES[name] : undefined;

/** The table that holds events of this class; throws for a class Tarn does not emit. */
export function lakeTableForClassOrThrow(classUid: number): LakeTable {
  const table = tablesByClass.get(classUid);

  if (table === undefined) {
    throw new LakeSchemaException(
      LakeSchemaExceptionCode.UnknownClass,
      `no lake table holds OCSF class_uid ${classUid}; tables exist for class_uid ` +
        `${[...tablesByClass.keys()].join(', ')}. Add the class to OCSF_CLASSES in @tarn/ocsf, ` +
        'then run `node tools/ocsf/generate-lake-schema.mjs`',
    );
  }

  return table;
}
