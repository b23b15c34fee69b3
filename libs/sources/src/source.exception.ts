export enum SourceExceptionCode {
  /** No source has this id. */
  NotFound = 'SOURCE_NOT_FOUND',
  /** Another source already has this name (names are compared regardless of case). */
  NameTaken = 'SOURCE_NAME_TAKEN',
  /** The request names an unknown type, or a name, region or account of the wrong shape. */
  Invalid = 'SOURCE_INVALID',
}

/** Every failure of the sources lib; callers map `code`, never the message. */
export class SourceException extends Error {
  constructor(
    readonly code: SourceExceptionCode,
    message: string,
  ) {
    super(message);
    this.name = 'SourceException';
  }
}
