export enum StorageExceptionCode {
  ObjectNotFound = 'STORAGE_OBJECT_NOT_FOUND',
  BucketNotFound = 'STORAGE_BUCKET_NOT_FOUND',
  AccessDenied = 'STORAGE_ACCESS_DENIED',
  /** The store could not be reached or answered with a server error; worth retrying. */
  Unavailable = 'STORAGE_UNAVAILABLE',
}

export class StorageException extends Error {
  constructor(
    readonly code: StorageExceptionCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageException';
  }

  get retryable(): boolean {
    return this.code === StorageExceptionCode.Unavailable;
  }
}
