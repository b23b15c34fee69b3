import type { OcsfEvent } from '@tarn/ocsf';

import { RejectionCode } from '../rejection';
import type { RecordPosition, Rejection } from '../rejection';
import type { MapResult } from '../source-mapper.interface';
import { MappingError } from './mapping.error';
import { buildRejection } from './rejection.util';

/** A record ready for mapping, or the rejection produced while reading it. */
export type ReadResult<T> =
  | { ok: true; value: T; position: RecordPosition; text?: string }
  | { ok: false; rejection: Rejection };

/** What a mapper returns for one record: one or more events, or nothing to emit with a reason. */
export type MapOneResult = OcsfEvent | OcsfEvent[] | Rejection;

/**
 * Runs a per-record mapping over a batch. A `MappingError` (or any other exception) thrown
 * while mapping one record becomes that record's rejection; the batch carries on.
 */
export function* mapRecords<T>(
  records: Iterable<ReadResult<T>>,
  mapOne: (value: T, position: RecordPosition) => MapOneResult,
): Generator<MapResult> {
  for (const record of records) {
    if (!record.ok) {
      yield { ok: false, rejection: record.rejection };
      continue;
    }
    let result: MapOneResult;

    try {
      result = mapOne(record.value, record.position);
    } catch (error) {
      yield { ok: false, rejection: rejectionFromError(error, record.position, record.text) };
      continue;
    }
    if (Array.isArray(result)) {
      for (const event of result) {
        yield { ok: true, event };
      }
    } else if (isRejection(result)) {
      yield { ok: false, rejection: result };
    } else {
      yield { ok: true, event: result };
    }
  }
}

function isRejection(result: OcsfEvent | Rejection): result is Rejection {
  return 'code' in result && 'reason' in result && 'position' in result;
}

function rejectionFromError(error: unknown, position: RecordPosition, text?: string): Rejection {
  if (error instanceof MappingError) {
    return buildRejection(error.code, error.message, position, text);
  }
  const message = error instanceof Error ? error.message : String(error);

  return buildRejection(
    RejectionCode.MalformedRecord,
    `record could not be mapped: ${message}`,
    position,
    text,
  );
}
