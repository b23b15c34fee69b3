import type { LakeColumn, LakeColumnType, LakeScalarType, LakeTable } from './lake-column.types';

/** Why one value of an event has no place in its table. */
export interface LakeFitProblem {
  /** Dotted path of the value; list elements show as `[]` (`observables[].type_id`). */
  readonly path: string;
  readonly reason: string;
}

export interface LakeFitResult {
  /**
   * The event as the table stores it: values of JSON columns as JSON text, everything without a
   * column (or of the wrong type) left out. Ready for a JSON-to-ROW cast or a columnar writer.
   */
  readonly row: Record<string, unknown>;
  readonly problems: readonly LakeFitProblem[];
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const fieldIndexCache = new WeakMap<readonly LakeColumn[], Map<string, LakeColumn>>();

/**
 * Fits one OCSF event (or any JSON object) to a table's columns and reports every value that
 * has no column or whose type the column cannot hold. Pure; the event is not changed.
 */
export function fitEventToLakeTable(
  event: Record<string, unknown>,
  table: LakeTable,
): LakeFitResult {
  const problems: LakeFitProblem[] = [];
  const row = fitFields(event, table.columns, '', problems);

  return { row, problems };
}

function fitFields(
  value: Record<string, unknown>,
  fields: readonly LakeColumn[],
  path: string,
  problems: LakeFitProblem[],
): Record<string, unknown> {
  const index = fieldIndexOf(fields);
  const fitted: Record<string, unknown> = {};

  for (const [name, child] of Object.entries(value)) {
    const childPath = path === '' ? name : `${path}.${name}`;
    const field = index.get(name);

    if (child === undefined || child === null) {
      continue;
    }
    if (field === undefined) {
      problems.push({ path: childPath, reason: 'no such column in the table' });
      continue;
    }

    const result = fitValue(child, field.type, field.json === true, childPath, problems);

    if (result !== undefined) {
      fitted[name] = result;
    }
  }

  return fitted;
}

function fitValue(
  value: unknown,
  type: LakeColumnType,
  json: boolean,
  path: string,
  problems: LakeFitProblem[],
): unknown {
  if (typeof type === 'string') {
    return json && type === 'string'
      ? JSON.stringify(value)
      : fitScalar(value, type, path, problems);
  }
  switch (type.kind) {
    case 'struct':
      return isPlainObject(value)
        ? fitFields(value, type.fields, path, problems)
        : mismatch(path, 'struct', value, problems);
    case 'list':
      return Array.isArray(value)
        ? value.map((element) => fitValue(element, type.element, json, `${path}[]`, problems))
        : mismatch(path, 'list', value, problems);
    case 'map':
      return isPlainObject(value)
        ? Object.fromEntries(
            Object.entries(value).map(([key, entry]) => [
              key,
              fitValue(entry, type.value, json, `${path}{}`, problems),
            ]),
          )
        : mismatch(path, 'map', value, problems);
  }
}

function fitScalar(
  value: unknown,
  type: LakeScalarType,
  path: string,
  problems: LakeFitProblem[],
): unknown {
  return scalarFits(value, type) ? value : mismatch(path, type, value, problems);
}

function scalarFits(value: unknown, type: LakeScalarType): boolean {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'int':
      return (
        Number.isInteger(value) && (value as number) >= INT_MIN && (value as number) <= INT_MAX
      );
    case 'long':
      return Number.isSafeInteger(value);
    case 'double':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'timestamptz':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
  }
}

/** Records the problem; the value is left out of the row (`undefined`). */
function mismatch(
  path: string,
  expected: string,
  value: unknown,
  problems: LakeFitProblem[],
): unknown {
  problems.push({ path, reason: `expected ${expected}, got ${describeValue(value)}` });

  return undefined;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? `integer ${value}` : `number ${value}`;
  }

  return typeof value === 'string' ? `string ${JSON.stringify(value.slice(0, 40))}` : typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldIndexOf(fields: readonly LakeColumn[]): Map<string, LakeColumn> {
  let index = fieldIndexCache.get(fields);

  if (index === undefined) {
    index = new Map(fields.map((field) => [field.name, field]));
    fieldIndexCache.set(fields, index);
  }

  return index;
}
