#!/usr/bin/env node
// Writes libs/lake-schema/src/generated/lake-columns.generated.ts: the column layout of every
// lake table, derived from the compiled OCSF schema in ../shared (never copied into the repo).
// Re-running it on the same schema gives a byte-identical file (formatted with Prettier).
//
// Usage: node tools/ocsf/generate-lake-schema.mjs [path/to/schema.json]
//
// Layout rules (Security Lake's, with Tarn's choices where it leaves room):
// - One table per class Tarn emits (the classes listed in libs/ocsf/src/registry/ocsf-classes.ts).
// - Columns: every attribute of the class, including the attributes of the profiles Tarn
//   declares (LAKE_PROFILES below); attributes of other profiles are left out. Struct fields
//   follow the same profile rule. Columns and fields are sorted by name.
// - Types: boolean_t → boolean, integer_t/port_t → int, long_t → long, float_t → double, every
//   string-based type → string, timestamp_t → long (epoch milliseconds, as OCSF JSON has it).
// - Of the datetime profile's `*_dt` siblings only the top-level `time_dt` is kept, as
//   timestamptz (UTC, derived from `time`); the lake partitions and sorts on it.
// - OCSF objects become structs, arrays become lists (of structs for arrays of objects).
// - JSON text in a string column (flagged `json: true`): `json_t`, objects with no defined
//   attributes (`object`), `unmapped`, and every object that is cut:
//   * when its struct would sit deeper than MAX_STRUCT_DEPTH levels (a top-level struct column is
//     level 1), or
//   * when its object type already appears on its own path (`process.parent_process`,
//     `user.groups[].…user`), which would otherwise recurse without end.
// - Top-level columns carry OCSF's description (HTML stripped); struct fields do not.
// - Lake columns Tarn adds after the OCSF ones: source_id, region, accountid (strings).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import prettier from 'prettier';

const MAX_STRUCT_DEPTH = 4;
const LAKE_PROFILES = ['cloud', 'datetime', 'host', 'security_control'];
const LAKE_TIME_COLUMN = 'time_dt';
const LAKE_EXTRA_COLUMNS = [
  { name: 'source_id', type: 'string', description: 'Tarn source that delivered the record.' },
  { name: 'region', type: 'string', description: 'Region of the source (cloud region or site).' },
  { name: 'accountid', type: 'string', description: 'Account of the source (cloud account id).' },
];
const BASE_TYPES = {
  boolean_t: 'boolean',
  integer_t: 'int',
  long_t: 'long',
  float_t: 'double',
  string_t: 'string',
};

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemaPath =
  process.argv[2] ?? resolve(repoRoot, '..', 'shared', 'ocsf', '1.1.0', 'schema.json');
const classesSource = resolve(repoRoot, 'libs/ocsf/src/registry/ocsf-classes.ts');
const outPath = resolve(repoRoot, 'libs/lake-schema/src/generated/lake-columns.generated.ts');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const dictionaryTypes = schema.dictionary.types.attributes;

/** Class uids of the `OCSF_CLASSES` registry, one `<uid>: classInfo(<uid>),` line each. */
function emittedClassUids() {
  const uids = [...readFileSync(classesSource, 'utf8').matchAll(/^\s*(\d+): classInfo\(\1\),$/gm)]
    .map((match) => Number(match[1]))
    .sort((a, b) => a - b);

  if (uids.length === 0) {
    throw new Error(`found no "<uid>: classInfo(<uid>)," lines in ${classesSource}`);
  }

  return uids;
}

function scalarTypeOf(typeName) {
  let current = typeName;

  while (BASE_TYPES[current] === undefined) {
    const next = dictionaryTypes[current]?.type;

    if (next === undefined) {
      throw new Error(`OCSF type ${typeName} does not resolve to a scalar type`);
    }
    current = next;
  }

  return BASE_TYPES[current];
}

function describe(attribute) {
  const text = (attribute.description ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

  return text.length > 0 ? text : undefined;
}

const inLakeProfiles = (attribute) =>
  (attribute.profiles ?? []).length === 0 ||
  attribute.profiles.some((profile) => LAKE_PROFILES.includes(profile));

/** The type of one attribute at `depth` (1 = top-level column) with the object types above it. */
function columnTypeOf(attribute, depth, ancestors) {
  if (attribute.type === 'json_t') {
    return { type: 'string', json: true };
  }
  if (attribute.type !== 'object_t') {
    return { type: scalarTypeOf(attribute.type) };
  }

  const objectType = attribute.object_type;
  const object = schema.objects[objectType];
  const cut =
    object === undefined ||
    Object.keys(object.attributes).length === 0 ||
    depth > MAX_STRUCT_DEPTH ||
    ancestors.includes(objectType);

  if (cut) {
    return { type: 'string', json: true };
  }

  return {
    type: sharedStruct(
      objectType,
      columnsOf(object.attributes, depth + 1, [...ancestors, objectType], false),
    ),
  };
}

/**
 * Each distinct struct is written once as a constant (`user_2`: the second distinct shape of
 * `user`, numbered in order of first use) and referenced by name, which keeps the file small
 * and its diffs readable.
 */
const structs = new Map();
const structCountByObject = new Map();

function sharedStruct(objectType, fields) {
  const key = JSON.stringify(fields);
  const known = structs.get(key);

  if (known !== undefined) {
    return known.ref;
  }

  const count = (structCountByObject.get(objectType) ?? 0) + 1;
  const ref = { ref: `${objectType}_${count}` };

  structCountByObject.set(objectType, count);
  structs.set(key, { ref, fields });

  return ref;
}

/** JSON, except that struct references print as the name of their constant. */
function renderValue(value) {
  return JSON.stringify(value, null, 2).replace(/\{\s*"ref": "([a-z0-9_]+)"\s*\}/g, '$1');
}

function columnOf(name, attribute, depth, ancestors) {
  const { type, json } = columnTypeOf(attribute, depth, ancestors);
  // Only top-level columns carry their description: nested copies would repeat each object's
  // text hundreds of times (megabytes) and are one click away in the OCSF object reference.
  const description = depth === 1 ? describe(attribute) : undefined;

  return {
    name,
    type: attribute.is_array === true ? { kind: 'list', element: type } : type,
    ...(description === undefined ? {} : { description }),
    ...(json === true ? { json: true } : {}),
  };
}

function columnsOf(attributes, depth, ancestors, topLevel) {
  return Object.entries(attributes)
    .filter(([, attribute]) => inLakeProfiles(attribute))
    .filter(
      ([name, attribute]) =>
        attribute.type !== 'datetime_t' || (topLevel && name === LAKE_TIME_COLUMN),
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, attribute]) =>
      topLevel && name === LAKE_TIME_COLUMN
        ? { name, type: 'timestamptz', description: 'Event time (`time`) as a UTC timestamp.' }
        : topLevel && name === 'unmapped'
          ? { ...columnOf(name, attribute, depth, ancestors), type: 'string', json: true }
          : columnOf(name, attribute, depth, ancestors),
    );
}

function tableOf(uid) {
  const cls = Object.values(schema.classes).find((candidate) => candidate.uid === uid);

  if (cls === undefined) {
    throw new Error(`class_uid ${uid} is not in OCSF ${schema.version}`);
  }

  const columns = columnsOf(cls.attributes, 1, [], true);

  if (!columns.some((column) => column.name === LAKE_TIME_COLUMN)) {
    throw new Error(`class ${cls.name} has no ${LAKE_TIME_COLUMN} attribute (datetime profile)`);
  }
  for (const extra of LAKE_EXTRA_COLUMNS) {
    if (columns.some((column) => column.name === extra.name)) {
      throw new Error(`class ${cls.name} already has an attribute named ${extra.name}`);
    }
  }

  return { name: cls.name, classUid: uid, columns: [...columns, ...LAKE_EXTRA_COLUMNS] };
}

const tables = emittedClassUids().map(tableOf);
const source = [
  `// GENERATED by tools/ocsf/generate-lake-schema.mjs from OCSF ${schema.version} schema.json — do not edit.`,
  '// Names, types and descriptions from the OCSF schema (Apache-2.0, © OCSF a Series of LF Projects, LLC).',
  "import type { LakeStructType, LakeTable } from '../lake-column.types';",
  '',
  `export const LAKE_SCHEMA_OCSF_VERSION = ${JSON.stringify(schema.version)};`,
  '',
  '/** Structs nest at most this deep (a top-level struct column is level 1); deeper objects are JSON. */',
  `export const LAKE_MAX_STRUCT_DEPTH = ${MAX_STRUCT_DEPTH};`,
  '',
  '/** OCSF profiles whose attributes the tables carry. */',
  `export const LAKE_PROFILES: readonly string[] = ${JSON.stringify(LAKE_PROFILES)};`,
  '',
  ...[...structs.values()].map(
    ({ ref, fields }) =>
      `const ${ref.ref}: LakeStructType = ${renderValue({ kind: 'struct', fields })};\n`,
  ),
  '/** Every lake table, ascending by class_uid. */',
  `export const LAKE_TABLE_LIST: readonly LakeTable[] = ${renderValue(tables)};`,
  '',
].join('\n');
const options = await prettier.resolveConfig(outPath);

writeFileSync(outPath, await prettier.format(source, { ...options, filepath: outPath }));
process.stdout.write(`wrote ${outPath} (${tables.length} tables)\n`);
