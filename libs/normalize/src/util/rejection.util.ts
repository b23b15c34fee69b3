import type { RecordPosition, Rejection, RejectionCode } from '../rejection';

/** Rejections carry a bounded excerpt of the record: enough to recognise it, never a whole 100 MB line. */
export const MAX_EXCERPT_LENGTH = 512;

export function buildRejection(
  code: RejectionCode,
  reason: string,
  position: RecordPosition,
  recordText?: string,
): Rejection {
  const rejection: Rejection = { code, reason, position };

  if (recordText !== undefined) {
    rejection.excerpt =
      recordText.length > MAX_EXCERPT_LENGTH
        ? `${recordText.slice(0, MAX_EXCERPT_LENGTH)}…`
        : recordText;
  }

  return rejection;
}
