import type { OcsfEvent } from '@tarn/ocsf';
import {
  DEFAULT_OCSF_VERSION,
  OCSF_CLASS_UIDS,
  findOcsfClass,
  findOcsfSchemaClass,
} from '@tarn/ocsf';

import { RejectionCode } from '../../rejection';
import { MappingError, missingFieldError } from '../../util/mapping.error';
import { CLASS_REQUIREMENTS } from './ocsf-class-requirements';
import { findStructuralProblems } from './ocsf-structural.validator';

/** At most this many problems are listed in one rejection reason. */
const MAX_LISTED_PROBLEMS = 8;

/**
 * Accepts a custom source's event only when it holds up as the class it claims: a class
 * Tarn stores, OCSF 1.1.0, a `time`, ids consistent with each other, and the structure
 * `findStructuralProblems` checks. Never trusts the producer's word alone.
 */
export function assertValidOcsfEventOrThrow(record: Record<string, unknown>): OcsfEvent {
  const classUid = classUidOrThrow(record.class_uid);
  const info = findOcsfClass(classUid);
  const requirements = CLASS_REQUIREMENTS[classUid as keyof typeof CLASS_REQUIREMENTS];

  if (info === undefined || requirements === undefined) {
    const schemaClass = findOcsfSchemaClass(classUid);
    const name =
      schemaClass === undefined
        ? 'not an OCSF 1.1.0 class'
        : `${schemaClass.caption}, not stored by Tarn`;

    throw new MappingError(
      RejectionCode.UnsupportedRecord,
      `class_uid ${classUid} (${name}) is not supported; supported: ${OCSF_CLASS_UIDS.join(', ')}`,
    );
  }
  if (record.time === undefined || record.time === null) {
    throw missingFieldError('time');
  }
  assertVersionOrThrow(record.metadata);
  fillDerivableIds(record, info.categoryUid);
  const problems = [...findStructuralProblems(record, requirements), ...idProblems(record, info)];

  if (problems.length > 0) {
    throw new MappingError(RejectionCode.SchemaViolation, describeProblems(info.caption, problems));
  }

  return record as unknown as OcsfEvent;
}

function classUidOrThrow(value: unknown): number {
  if (value === undefined || value === null) {
    throw missingFieldError('class_uid');
  }
  if (!Number.isSafeInteger(value)) {
    throw new MappingError(
      RejectionCode.SchemaViolation,
      `/class_uid: expected an integer, got ${JSON.stringify(value)}`,
    );
  }

  return value as number;
}

/** Tarn stores 1.1.0; an event of another version would land in tables of the wrong shape. */
function assertVersionOrThrow(metadata: unknown): void {
  const version =
    typeof metadata === 'object' && metadata !== null
      ? (metadata as Record<string, unknown>).version
      : undefined;

  if (typeof version === 'string' && version !== DEFAULT_OCSF_VERSION) {
    throw new MappingError(
      RejectionCode.UnsupportedRecord,
      `metadata.version '${version}' is not supported; send OCSF ${DEFAULT_OCSF_VERSION} events`,
    );
  }
}

/** `category_uid` and `type_uid` follow from the class and activity: fill them when absent. */
function fillDerivableIds(record: Record<string, unknown>, categoryUid: number): void {
  if (record.category_uid === undefined) {
    record.category_uid = categoryUid;
  }
  if (record.type_uid === undefined && Number.isSafeInteger(record.activity_id)) {
    record.type_uid = (record.class_uid as number) * 100 + (record.activity_id as number);
  }
}

function idProblems(
  record: Record<string, unknown>,
  info: { uid: number; categoryUid: number; activities: Readonly<Record<number, string>> },
): string[] {
  const problems: string[] = [];
  const activityId = record.activity_id;

  if (record.category_uid !== info.categoryUid) {
    problems.push(
      `/category_uid: ${String(record.category_uid)} is not the category of class ${info.uid} (${info.categoryUid})`,
    );
  }
  if (
    typeof activityId === 'number' &&
    !Object.prototype.hasOwnProperty.call(info.activities, activityId)
  ) {
    problems.push(`/activity_id: ${activityId} is not an activity of class ${info.uid}`);
  }
  if (typeof activityId === 'number' && record.type_uid !== info.uid * 100 + activityId) {
    problems.push(
      `/type_uid: ${String(record.type_uid)} is inconsistent; class_uid*100+activity_id is ${info.uid * 100 + activityId}`,
    );
  }

  return problems;
}

function describeProblems(caption: string, problems: string[]): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).join('; ');
  const more =
    problems.length > MAX_LISTED_PROBLEMS
      ? `; and ${problems.length - MAX_LISTED_PROBLEMS} more`
      : '';

  return `event does not hold up as ${caption}: ${listed}${more}`;
}
