export enum LakeExceptionCode {
  /** No lake table holds this OCSF class. Permanent: the event needs a mapper or schema change. */
  UnknownTable = 'LAKE_UNKNOWN_TABLE',
  /** Trino could not create the namespace or a table. Retryable when Trino was unavailable. */
  DdlFailed = 'LAKE_DDL_FAILED',
}

export class LakeException extends Error {
  constructor(
    readonly code: LakeExceptionCode,
    message: string,
    private readonly causeRetryable = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LakeException';
  }

  /** True when the DDL failed because Trino was unreachable or timed out. */
  get retryable(): boolean {
    return this.code === LakeExceptionCode.DdlFailed && this.causeRetryable;
  }
}
