import { RejectionCode } from '../rejection';
import type { RecordPosition, Rejection } from '../rejection';
import { readLines } from './read-lines.util';
import { buildRejection } from './rejection.util';

/** Deepest nesting accepted in one record; deeper input is a JSON bomb, not a log. */
export const MAX_JSON_DEPTH = 64;
/** Largest single record accepted, in UTF-16 code units. */
export const MAX_RECORD_LENGTH = 4 * 1024 * 1024;

export type JsonRecordResult =
  | { ok: true; value: Record<string, unknown>; position: RecordPosition; text?: string }
  | { ok: false; rejection: Rejection };

export interface ReadJsonOptions {
  /**
   * Keys whose array value holds the records when the whole input is one object, such as
   * CloudTrail's `Records` or ASFF's `Findings`. Checked in order.
   */
  unwrapKeys?: readonly string[];
}

/**
 * Reads JSON records in any of the shapes feeds deliver them: a JSON array, one object
 * (possibly wrapping an array under one of `unwrapKeys`), or NDJSON. Each record is a JSON
 * object; anything else becomes a rejection at its position. Never throws.
 */
export function* readJsonRecords(
  input: string,
  options: ReadJsonOptions = {},
): Generator<JsonRecordResult> {
  const trimmed = input.trim();

  if (trimmed.length === 0) {
    return;
  }
  const whole = trimmed.length <= MAX_RECORD_LENGTH * 16 ? tryParse(trimmed) : undefined;

  if (whole !== undefined) {
    yield* fromWholeDocument(whole, trimmed, options);

    return;
  }
  for (const line of readLines(input)) {
    yield toRecord(line.text, line.position);
  }
}

function* fromWholeDocument(
  document: unknown,
  text: string,
  options: ReadJsonOptions,
): Generator<JsonRecordResult> {
  if (exceedsDepth(document, MAX_JSON_DEPTH)) {
    yield {
      ok: false,
      rejection: buildRejection(
        RejectionCode.LimitExceeded,
        `JSON nesting is deeper than ${MAX_JSON_DEPTH} levels`,
        { index: 0, line: 1 },
        text,
      ),
    };

    return;
  }
  const records = Array.isArray(document) ? document : unwrap(document, options.unwrapKeys ?? []);

  for (const [index, value] of records.entries()) {
    yield isJsonObject(value)
      ? { ok: true, value, position: { index } }
      : {
          ok: false,
          rejection: buildRejection(
            RejectionCode.MalformedRecord,
            `record is ${describeJsonType(value)}; expected a JSON object`,
            { index },
            JSON.stringify(value),
          ),
        };
  }
}

function unwrap(document: unknown, unwrapKeys: readonly string[]): unknown[] {
  if (isJsonObject(document)) {
    for (const key of unwrapKeys) {
      const inner = document[key];

      if (Array.isArray(inner)) {
        return inner;
      }
    }
  }

  return [document];
}

function toRecord(text: string, position: RecordPosition): JsonRecordResult {
  if (text.length > MAX_RECORD_LENGTH) {
    return {
      ok: false,
      rejection: buildRejection(
        RejectionCode.LimitExceeded,
        `record is ${text.length} characters long; the limit is ${MAX_RECORD_LENGTH}`,
        position,
        text,
      ),
    };
  }
  const value = tryParse(text);

  if (value === undefined) {
    return {
      ok: false,
      rejection: buildRejection(RejectionCode.MalformedRecord, jsonErrorOf(text), position, text),
    };
  }
  if (exceedsDepth(value, MAX_JSON_DEPTH)) {
    return {
      ok: false,
      rejection: buildRejection(
        RejectionCode.LimitExceeded,
        `JSON nesting is deeper than ${MAX_JSON_DEPTH} levels`,
        position,
        text,
      ),
    };
  }
  if (!isJsonObject(value)) {
    return {
      ok: false,
      rejection: buildRejection(
        RejectionCode.MalformedRecord,
        `record is ${describeJsonType(value)}; expected a JSON object`,
        position,
        text,
      ),
    };
  }

  return { ok: true, value, position, text };
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function jsonErrorOf(text: string): string {
  try {
    JSON.parse(text);

    return 'record is not valid JSON';
  } catch (error) {
    return `record is not valid JSON: ${(error as Error).message}`;
  }
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJsonType(value: unknown): string {
  if (value === null) {
    return 'null';
  }

  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * Iterative so that a hostile document cannot overflow the stack while being measured. Runs
 * on every record, so it keeps two parallel stacks (no tuple per node) and pushes only
 * objects and arrays: primitives can never be too deep.
 */
function exceedsDepth(root: unknown, limit: number): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [1];

  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() ?? 0;

    if (typeof value !== 'object' || value === null) {
      continue;
    }
    if (depth > limit) {
      return true;
    }
    const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value);

    for (const child of children) {
      if (typeof child === 'object' && child !== null) {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }

  return false;
}
