/** Why a record could not become an OCSF event. Stable strings: they appear in metrics and the dead-letter zone. */
export enum RejectionCode {
  /** The record is not well-formed for its format (bad JSON, wrong field count, truncated line). */
  MalformedRecord = 'MALFORMED_RECORD',
  /** Well-formed, but a field the mapping needs is missing. */
  MissingField = 'MISSING_FIELD',
  /** A field has a value the mapping cannot interpret (bad timestamp, port out of range). */
  InvalidField = 'INVALID_FIELD',
  /** The record is of a kind this source's mapping does not handle. */
  UnsupportedRecord = 'UNSUPPORTED_RECORD',
  /** A custom OCSF event failed validation against the class it claims. */
  SchemaViolation = 'SCHEMA_VIOLATION',
  /** The input exceeds a safety limit (record size, nesting depth). */
  LimitExceeded = 'LIMIT_EXCEEDED',
}

/** Where a record sits in the raw batch, so it can be found again. */
export interface RecordPosition {
  /** Zero-based index of the record in the batch. */
  index: number;
  /** One-based line number, for line-oriented inputs. */
  line?: number;
}

export interface Rejection {
  code: RejectionCode;
  /** Human-readable: what was wrong, with the offending field or value. */
  reason: string;
  position: RecordPosition;
  /** The offending record's text, truncated to a bounded length. */
  excerpt?: string;
}
