import { RejectionCode } from '../rejection';

/**
 * Thrown by a mapper for one bad record; `mapRecords` turns it into a rejection for that
 * record and carries on with the next. Never escapes a batch.
 */
export class MappingError extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message);
    this.name = 'MappingError';
  }
}

export const missingFieldError = (field: string): MappingError =>
  new MappingError(RejectionCode.MissingField, `required field "${field}" is missing or empty`);

export const invalidFieldError = (field: string, value: unknown, expected: string): MappingError =>
  new MappingError(
    RejectionCode.InvalidField,
    `field "${field}" has value ${describeValue(value)}; expected ${expected}`,
  );

const MAX_VALUE_IN_MESSAGE = 80;

function describeValue(value: unknown): string {
  const text = JSON.stringify(value);

  return text.length > MAX_VALUE_IN_MESSAGE ? `${text.slice(0, MAX_VALUE_IN_MESSAGE)}…` : text;
}
