import { OCSF_CLASSES, OCSF_CLASS_UIDS } from '@tarn/ocsf';

import { fitEventToLakeTable } from './fit-event-to-lake-table';
import { LAKE_MAX_STRUCT_DEPTH, LAKE_TABLE_LIST } from './generated/lake-columns.generated';
import type { LakeColumn, LakeColumnType, LakeTable } from './lake-column.types';
import { LakeSchemaExceptionCode } from './lake-schema.exception';
import { LAKE_TABLES, findLakeTable, lakeTableForClassOrThrow } from './lake-tables';

/** The column at a dotted path; `[]` steps into a list's elements. */
function columnAt(table: LakeTable, path: string): LakeColumn | undefined {
  let fields: readonly LakeColumn[] = table.columns;
  let column: LakeColumn | undefined;

  for (const step of path.split('.')) {
    column = fields.find((field) => field.name === step.replace('[]', ''));
    const type = column === undefined ? undefined : elementOf(column.type, step.endsWith('[]'));

    fields =
      type !== undefined && typeof type !== 'string' && type.kind === 'struct' ? type.fields : [];
  }

  return column;
}

function elementOf(type: LakeColumnType, intoList: boolean): LakeColumnType {
  return intoList && typeof type !== 'string' && type.kind === 'list' ? type.element : type;
}

/** Every dotted path of a column tree with its struct depth (a top-level column is 1). */
function pathsOf(
  fields: readonly LakeColumn[],
  prefix = '',
  depth = 1,
): [string, number, LakeColumn][] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const type = elementOf(field.type, true);
    const nested =
      typeof type !== 'string' && type.kind === 'struct'
        ? pathsOf(type.fields, `${path}.`, depth + 1)
        : [];

    return [[path, depth, field] as [string, number, LakeColumn], ...nested];
  });
}

const tableOrThrow = (name: string): LakeTable => {
  const table = findLakeTable(name);

  if (table === undefined) {
    throw new Error(`no table ${name}`);
  }

  return table;
};

describe('LAKE_TABLES', () => {
  it('should have one table per class Tarn emits, named after the class', () => {
    const expected = OCSF_CLASS_UIDS.map((uid) => [OCSF_CLASSES[uid].tableName, uid]);

    expect(LAKE_TABLE_LIST.map((table) => [table.name, table.classUid])).toEqual(expected);
    expect(Object.keys(LAKE_TABLES).sort()).toEqual(expected.map(([name]) => name).sort());
  });

  it.each(LAKE_TABLE_LIST.map((table) => [table.name, table]))(
    'should give %s the lake columns after the OCSF ones',
    (_name, table) => {
      expect(table.columns.slice(-3)).toEqual([
        expect.objectContaining({ name: 'source_id', type: 'string' }),
        expect.objectContaining({ name: 'region', type: 'string' }),
        expect.objectContaining({ name: 'accountid', type: 'string' }),
      ]);
      expect(columnAt(table, 'time_dt')?.type).toBe('timestamptz');
      expect(columnAt(table, 'raw_data')?.type).toBe('string');
      expect(columnAt(table, 'unmapped')).toMatchObject({ type: 'string', json: true });
      expect(new Set(table.columns.map((column) => column.name)).size).toBe(table.columns.length);
    },
  );

  it('should store OCSF timestamps as epoch-millisecond longs and keep only time_dt of the *_dt siblings', () => {
    const table = tableOrThrow('network_activity');
    const dtPaths = LAKE_TABLE_LIST.flatMap((each) =>
      pathsOf(each.columns)
        .map(([path]) => path)
        .filter((path) => path.endsWith('_dt')),
    );

    expect(columnAt(table, 'time')?.type).toBe('long');
    expect(columnAt(table, 'start_time')?.type).toBe('long');
    expect(columnAt(table, 'metadata.logged_time')?.type).toBe('long');
    expect(columnAt(table, 'metadata.logged_time_dt')).toBeUndefined();
    expect(new Set(dtPaths)).toEqual(new Set(['time_dt']));
  });

  it('should nest OCSF objects as structs with typed fields', () => {
    const table = tableOrThrow('network_activity');

    expect(columnAt(table, 'src_endpoint')?.type).toMatchObject({ kind: 'struct' });
    expect(columnAt(table, 'src_endpoint.ip')?.type).toBe('string');
    expect(columnAt(table, 'src_endpoint.port')?.type).toBe('int');
    expect(columnAt(table, 'traffic.bytes')?.type).toBe('long');
    expect(columnAt(table, 'connection_info.protocol_num')?.type).toBe('int');
    expect(columnAt(table, 'metadata.product.feature.name')?.type).toBe('string');
  });

  it('should store arrays of objects as lists of structs', () => {
    const observables = columnAt(tableOrThrow('authentication'), 'observables')?.type;

    expect(observables).toMatchObject({ kind: 'list', element: { kind: 'struct' } });
    expect(columnAt(tableOrThrow('authentication'), 'observables[].type_id')?.type).toBe('int');
    expect(columnAt(tableOrThrow('authorize_session'), 'privileges')?.type).toEqual({
      kind: 'list',
      element: 'string',
    });
  });

  it('should cut an object that repeats on its own path to JSON text', () => {
    const table = tableOrThrow('detection_finding');

    expect(columnAt(table, 'actor.process')?.type).toMatchObject({ kind: 'struct' });
    expect(columnAt(table, 'actor.process.parent_process')).toMatchObject({
      type: 'string',
      json: true,
    });
  });

  it(`should cut structs deeper than ${LAKE_MAX_STRUCT_DEPTH} levels to JSON text`, () => {
    const table = tableOrThrow('detection_finding');
    const tooDeep = LAKE_TABLE_LIST.flatMap((each) =>
      pathsOf(each.columns).filter(([, depth]) => depth > LAKE_MAX_STRUCT_DEPTH + 1),
    );

    expect(columnAt(table, 'actor.process.file.owner')?.type).toMatchObject({ kind: 'struct' });
    expect(columnAt(table, 'actor.process.file.owner.account')).toMatchObject({
      type: 'string',
      json: true,
    });
    expect(tooDeep).toEqual([]);
  });

  it('should keep json_t and attribute-less objects as JSON text', () => {
    const table = tableOrThrow('api_activity');

    expect(columnAt(table, 'api.request.data')).toMatchObject({ type: 'string', json: true });
    expect(columnAt(tableOrThrow('detection_finding'), 'evidences[].data')).toMatchObject({
      type: 'string',
      json: true,
    });
  });

  it('should carry the attributes of the cloud, host and security_control profiles', () => {
    const table = tableOrThrow('network_activity');

    expect(columnAt(table, 'cloud.account.uid')?.type).toBe('string');
    expect(columnAt(table, 'api.operation')?.type).toBe('string');
    expect(columnAt(table, 'device.hostname')?.type).toBe('string');
    expect(columnAt(table, 'disposition_id')?.type).toBe('int');
    expect(columnAt(table, 'load_balancer')).toBeUndefined();
  });
});

describe(lakeTableForClassOrThrow.name, () => {
  it('should return the table of a class Tarn emits', () => {
    expect(lakeTableForClassOrThrow(4001).name).toBe('network_activity');
  });

  it('should throw LAKE_SCHEMA_UNKNOWN_CLASS naming the known classes when no table holds the class', () => {
    expect(() => lakeTableForClassOrThrow(1001)).toThrow(
      'no lake table holds OCSF class_uid 1001; tables exist for class_uid 0, 2002',
    );
    expect(() => lakeTableForClassOrThrow(1001)).toThrow(
      expect.objectContaining({ code: LakeSchemaExceptionCode.UnknownClass }) as Error,
    );
  });
});

describe(fitEventToLakeTable.name, () => {
  const sut = fitEventToLakeTable;
  const table = tableOrThrow('network_activity');

  it('should keep fitting values and write JSON columns as JSON text', () => {
    const result = sut(
      {
        class_uid: 4001,
        time: 1_700_000_000_000,
        time_dt: '2023-11-14T22:13:20.000Z',
        src_endpoint: { ip: '10.0.0.1', port: 443 },
        observables: [{ name: 'src_endpoint.ip', type_id: 2, value: '10.0.0.1' }],
        unmapped: { vendor: { field: 1 } },
      },
      table,
    );

    expect(result.problems).toEqual([]);
    expect(result.row).toMatchObject({
      src_endpoint: { ip: '10.0.0.1', port: 443 },
      unmapped: '{"vendor":{"field":1}}',
    });
  });

  it('should report values without a column or of an incompatible type', () => {
    const result = sut(
      {
        time: 1.5,
        src_endpoint: { ip: '10.0.0.1', port: 2 ** 31, nickname: 'x' },
        observables: { name: 'not-a-list' },
        time_dt: 'yesterday',
      },
      table,
    );

    expect(result.problems).toEqual([
      { path: 'time', reason: 'expected long, got number 1.5' },
      { path: 'src_endpoint.port', reason: 'expected int, got integer 2147483648' },
      { path: 'src_endpoint.nickname', reason: 'no such column in the table' },
      { path: 'observables', reason: 'expected list, got object' },
      { path: 'time_dt', reason: 'expected timestamptz, got string "yesterday"' },
    ]);
    expect(result.row).toEqual({ src_endpoint: { ip: '10.0.0.1' } });
  });
});
