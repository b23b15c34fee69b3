export enum LakeSchemaExceptionCode {
  /** No lake table holds this class: Tarn does not emit it. Permanent; never worth a retry. */
  UnknownClass = 'LAKE_SCHEMA_UNKNOWN_CLASS',
}

export class LakeSchemaException extends Error {
  constructor(
    readonly code: LakeSchemaExceptionCode,
    message: string,
  ) {
    super(message);
    this.name = 'LakeSchemaException';
  }
}
