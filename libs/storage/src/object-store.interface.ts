import type { Readable } from 'node:stream';

export interface StoredObjectInfo {
  key: string;
  size: number;
  lastModified: Date;
  etag?: string;
}

export interface PutObjectOptions {
  contentType?: string;
  /** Small user metadata stored with the object (S3 `x-amz-meta-*`). */
  metadata?: Record<string, string>;
}

/**
 * The lake's view of an object store. Callers never see which product serves it (Ceph RGW,
 * MinIO, AWS S3); a driver chosen at module construction does the I/O.
 */
export interface ObjectStore {
  putObject(
    bucket: string,
    key: string,
    body: Buffer | string,
    options?: PutObjectOptions,
  ): Promise<void>;
  getObject(bucket: string, key: string): Promise<Buffer>;
  getObjectStream(bucket: string, key: string): Promise<Readable>;
  /** `undefined` when the object does not exist. */
  findObjectInfo(bucket: string, key: string): Promise<StoredObjectInfo | undefined>;
  listObjects(bucket: string, prefix: string): AsyncIterable<StoredObjectInfo>;
  deleteObjects(bucket: string, keys: readonly string[]): Promise<void>;
  bucketExists(bucket: string): Promise<boolean>;
  /** An expiring GET URL that needs no credentials, for data subscribers. */
  presignGetUrl(bucket: string, key: string, expiresInSeconds: number): Promise<string>;
}

export const OBJECT_STORE = Symbol('OBJECT_STORE');
