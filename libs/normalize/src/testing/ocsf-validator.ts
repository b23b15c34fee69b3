import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  findOcsfSchemaClass,
  OCSF_SEVERITY_CAPTIONS,
  type OcsfClassCatalogEntry,
} from '@tarn/ocsf';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

import { getSharedDirOrThrow } from './shared-dir';

const OCSF_VERSION = '1.1.0';
const OTHER_ID = 99;

interface SchemaAttribute {
  type: string;
  object_type?: string;
  profiles?: string[] | null;
}

interface CompiledSchema {
  classes: Record<string, { attributes: Record<string, SchemaAttribute> }>;
  objects: Partial<Record<string, { attributes: Record<string, SchemaAttribute> }>>;
}

type JsonObject = Record<string, unknown>;

/**
 * Checks events against the OCSF 1.1.0 JSON Schema of their class (ajv, draft-07), plus what
 * a JSON Schema cannot say: type_uid arithmetic, captions equal to their ids' captions,
 * category of the class, profiles declared for nested profile attributes, `time_dt` equal
 * to `time`, and `metadata.version`. Schemas are read from ../shared and compiled once per
 * class.
 */
export class OcsfValidator {
  private readonly ajv: Ajv;
  private readonly validators = new Map<number, ValidateFunction>();
  private readonly schema: CompiledSchema;

  constructor(private readonly sharedDir: string) {
    this.ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(this.ajv);
    this.schema = this.readJson('schema.json') as CompiledSchema;
  }

  /** Problems found, each `path: message`; empty when the event is valid. */
  validate(event: unknown): string[] {
    // Validate what is stored: serialisation drops undefined-valued keys.
    const stored = event === undefined ? undefined : (JSON.parse(JSON.stringify(event)) as unknown);

    if (!isObject(stored) || typeof stored.class_uid !== 'number') {
      return ['/: event is not an object with a numeric class_uid'];
    }
    const info = findOcsfSchemaClass(stored.class_uid);

    if (info === undefined) {
      return [`/class_uid: ${stored.class_uid} is not an OCSF ${OCSF_VERSION} class`];
    }

    return [
      ...this.schemaErrors(stored, info),
      ...semanticErrors(stored, info),
      ...this.nestedProfileErrors(stored, info),
    ];
  }

  private schemaErrors(event: JsonObject, info: OcsfClassCatalogEntry): string[] {
    const validate = this.validatorFor(info);

    return validate(event) ? [] : (validate.errors ?? []).map(describeAjvError);
  }

  private validatorFor(info: OcsfClassCatalogEntry): ValidateFunction {
    let validate = this.validators.get(info.uid);

    if (validate === undefined) {
      validate = this.ajv.compile(this.readJson(join('jsonschema', `${info.name}.json`)) as object);
      this.validators.set(info.uid, validate);
    }

    return validate;
  }

  /** The JSON Schemas allow profile attributes inside objects unconditionally; OCSF does not. */
  private nestedProfileErrors(event: JsonObject, info: OcsfClassCatalogEntry): string[] {
    const declared = declaredProfiles(event);
    const errors: string[] = [];
    const attributes = this.schema.classes[info.name].attributes;

    for (const [key, value] of Object.entries(event)) {
      const attribute = attributes[key] as SchemaAttribute | undefined;

      if (attribute?.object_type !== undefined) {
        this.walkObject(value, attribute.object_type, `/${key}`, declared, errors);
      }
    }

    return errors;
  }

  private walkObject(
    value: unknown,
    objectType: string,
    path: string,
    declared: readonly string[],
    errors: string[],
  ): void {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        this.walkObject(item, objectType, `${path}/${index}`, declared, errors);
      });

      return;
    }
    const attributes = this.schema.objects[objectType]?.attributes;

    if (!isObject(value) || attributes === undefined) {
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const attribute = attributes[key] as SchemaAttribute | undefined;
      const profiles = attribute?.profiles ?? [];

      if (profiles.length > 0 && !profiles.some((profile) => declared.includes(profile))) {
        errors.push(
          `${path}/${key}: belongs to profile ${profiles.join(' or ')}, not declared in metadata.profiles`,
        );
      }
      if (attribute?.object_type !== undefined) {
        this.walkObject(child, attribute.object_type, `${path}/${key}`, declared, errors);
      }
    }
  }

  private readJson(relativePath: string): unknown {
    return JSON.parse(
      readFileSync(join(this.sharedDir, 'ocsf', OCSF_VERSION, relativePath), 'utf8'),
    ) as unknown;
  }
}

function semanticErrors(event: JsonObject, info: OcsfClassCatalogEntry): string[] {
  const errors: string[] = [];

  const check = (ok: boolean, message: string): void => {
    if (!ok) {
      errors.push(message);
    }
  };
  const activityId = event.activity_id as number;
  const activityCaption = info.activities[activityId] as string | undefined;

  check(
    event.type_uid === info.uid * 100 + activityId,
    `/type_uid: ${String(event.type_uid)} is not class_uid*100+activity_id = ${info.uid * 100 + activityId}`,
  );
  check(
    event.category_uid === info.categoryUid,
    `/category_uid: ${String(event.category_uid)} is not the category of class ${info.uid} (${info.categoryUid})`,
  );
  errors.push(...captionErrors('class_name', event.class_name, info.caption));
  errors.push(...captionErrors('category_name', event.category_name, info.categoryName));
  errors.push(...siblingErrors(event, 'activity_id', 'activity_name', info.activities));
  errors.push(
    ...captionErrors('type_name', event.type_name, `${info.caption}: ${activityCaption ?? '?'}`),
  );
  errors.push(...siblingErrors(event, 'severity_id', 'severity', OCSF_SEVERITY_CAPTIONS));
  if (event.status_id !== undefined) {
    errors.push(...siblingErrors(event, 'status_id', 'status', info.statuses));
  }
  check(
    typeof event.time === 'number' && event.time_dt === isoOf(event.time),
    `/time_dt: ${JSON.stringify(event.time_dt)} does not render time ${String(event.time)}`,
  );
  const metadata = isObject(event.metadata) ? event.metadata : {};

  check(
    metadata.version === OCSF_VERSION,
    `/metadata/version: ${JSON.stringify(metadata.version)} is not ${OCSF_VERSION}`,
  );

  return errors;
}

function siblingErrors(
  event: JsonObject,
  idKey: string,
  captionKey: string,
  captions: Readonly<Record<number, string>>,
): string[] {
  const id = event[idKey];
  const caption = event[captionKey];

  if (id === OTHER_ID) {
    return typeof caption === 'string' && caption.length > 0
      ? []
      : [`/${captionKey}: must name the source's own value when ${idKey} is 99 Other`];
  }

  return captionErrors(captionKey, caption, captions[id as number]);
}

function captionErrors(key: string, actual: unknown, expected: string | undefined): string[] {
  return actual === expected
    ? []
    : [`/${key}: ${JSON.stringify(actual)} should be ${JSON.stringify(expected)}`];
}

function describeAjvError(error: ErrorObject): string {
  const path = error.instancePath === '' ? '/' : error.instancePath;
  const detail =
    error.keyword === 'additionalProperties'
      ? ` (${(error.params as { additionalProperty: string }).additionalProperty})`
      : error.keyword === 'enum' || error.keyword === 'const'
        ? ` ${JSON.stringify(error.params)}`
        : '';

  return `${path}: ${error.message ?? error.keyword}${detail}`;
}

function declaredProfiles(event: JsonObject): string[] {
  const metadata = event.metadata;
  const profiles = isObject(metadata) ? metadata.profiles : undefined;

  return Array.isArray(profiles) ? profiles.filter((p): p is string => typeof p === 'string') : [];
}

function isoOf(time: number): string | undefined {
  const date = new Date(time);

  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

let defaultValidator: OcsfValidator | undefined;

/**
 * Validates one event against OCSF 1.1.0 (schema and semantic checks); empty means valid.
 * Reads ../shared: call `findSharedDirOrSkip()` first in specs so that a missing directory
 * skips (or fails in CI) instead of throwing here.
 */
export function validateOcsfEvent(event: unknown): string[] {
  defaultValidator ??= new OcsfValidator(getSharedDirOrThrow());

  return defaultValidator.validate(event);
}
