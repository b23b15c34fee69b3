export enum IntakeExceptionCode {
  /** The content type does not suit the source type, or the content encoding is unknown. */
  UnsupportedMediaType = 'INTAKE_UNSUPPORTED_MEDIA_TYPE',
  /** The body, as sent or once decoded, is over its limit. */
  PayloadTooLarge = 'INTAKE_PAYLOAD_TOO_LARGE',
  /** The body is empty, cannot be decoded, or is not UTF-8. */
  MalformedBody = 'INTAKE_MALFORMED_BODY',
  /** The object store or the queue is unavailable; nothing was acknowledged, send again later. */
  Unavailable = 'INTAKE_UNAVAILABLE',
}

/** Every refusal of the intake lib; callers map `code`, never the message. */
export class IntakeException extends Error {
  constructor(
    readonly code: IntakeExceptionCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'IntakeException';
  }
}
