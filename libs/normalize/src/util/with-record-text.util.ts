import type { ReadResult } from './map-records.util';

/** A record together with the source text it was read from. */
export interface RecordWithText<T> {
  record: T;
  text: string;
}

/**
 * Carries each record's source text to the builder, for `raw_data`: the line as read, or the
 * serialised element when the record came out of a JSON array (readers keep no text then).
 */
export function* withRecordText<T>(
  records: Iterable<ReadResult<T>>,
): Generator<ReadResult<RecordWithText<T>>> {
  for (const result of records) {
    yield result.ok
      ? {
          ...result,
          value: { record: result.value, text: result.text ?? JSON.stringify(result.value) },
        }
      : result;
  }
}
