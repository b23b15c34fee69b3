export enum TrinoExceptionCode {
  /** Trino refused the credentials (HTTP 401). */
  AuthenticationFailed = 'TRINO_AUTHENTICATION_FAILED',
  /** Trino ran the statement and reported an error (syntax, permission, missing table, …). */
  QueryFailed = 'TRINO_QUERY_FAILED',
  /** Trino could not be reached, or answered with a server error; worth retrying. */
  Unavailable = 'TRINO_UNAVAILABLE',
  /** The statement did not finish within the client's deadline. */
  Timeout = 'TRINO_TIMEOUT',
}

export interface TrinoErrorInfo {
  errorName?: string;
  errorType?: string;
  errorCode?: number;
}

export class TrinoException extends Error {
  constructor(
    readonly code: TrinoExceptionCode,
    message: string,
    readonly trinoError: TrinoErrorInfo = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TrinoException';
  }

  get retryable(): boolean {
    return this.code === TrinoExceptionCode.Unavailable || this.code === TrinoExceptionCode.Timeout;
  }
}
