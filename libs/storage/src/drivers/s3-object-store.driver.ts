import type { Readable } from 'node:stream';

import { Client } from 'minio';

import type { ObjectStore, PutObjectOptions, StoredObjectInfo } from '../object-store.interface';
import { StorageException, StorageExceptionCode } from '../storage.exception';

export interface S3DriverOptions {
  endpoint: string;
  region: string;
  accessKey: string;
  secretKey: string;
}

const NOT_FOUND_CODES = new Set(['NoSuchKey', 'NotFound']);
const MAX_KEYS_PER_DELETE = 1000;

/**
 * Plain S3 API through the `minio` client, so that Ceph RGW, MinIO and AWS S3 behave alike.
 * Path-style addressing because RGW and MinIO deployments rarely have wildcard DNS.
 */
export class S3ObjectStoreDriver implements ObjectStore {
  private readonly client: Client;

  constructor(options: S3DriverOptions) {
    const endpoint = new URL(options.endpoint);
    const useSSL = endpoint.protocol === 'https:';

    this.client = new Client({
      endPoint: endpoint.hostname,
      port: endpoint.port === '' ? (useSSL ? 443 : 80) : Number(endpoint.port),
      useSSL,
      region: options.region,
      accessKey: options.accessKey,
      secretKey: options.secretKey,
      pathStyle: true,
    });
  }

  async putObject(
    bucket: string,
    key: string,
    body: Buffer | string,
    options: PutObjectOptions = {},
  ): Promise<void> {
    const metadata: Record<string, string> = { ...options.metadata };

    if (options.contentType !== undefined) {
      metadata['Content-Type'] = options.contentType;
    }
    await this.call(`put ${bucket}/${key}`, () =>
      this.client.putObject(bucket, key, body, Buffer.byteLength(body), metadata),
    );
  }

  async getObject(bucket: string, key: string): Promise<Buffer> {
    const stream = await this.getObjectStream(bucket, key);
    const chunks: Buffer[] = [];

    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
    }

    return Buffer.concat(chunks);
  }

  getObjectStream(bucket: string, key: string): Promise<Readable> {
    return this.call(`get ${bucket}/${key}`, () => this.client.getObject(bucket, key));
  }

  async findObjectInfo(bucket: string, key: string): Promise<StoredObjectInfo | undefined> {
    try {
      const stat = await this.client.statObject(bucket, key);

      return { key, size: stat.size, lastModified: stat.lastModified, etag: stat.etag };
    } catch (error) {
      if (NOT_FOUND_CODES.has(errorCodeOf(error))) {
        return undefined;
      }
      throw toStorageException(`stat ${bucket}/${key}`, error);
    }
  }

  async *listObjects(bucket: string, prefix: string): AsyncIterable<StoredObjectInfo> {
    const stream = this.client.listObjectsV2(bucket, prefix, true);

    try {
      for await (const item of stream as AsyncIterable<{
        name?: string;
        size: number;
        lastModified: Date;
        etag?: string;
      }>) {
        if (item.name !== undefined) {
          yield {
            key: item.name,
            size: item.size,
            lastModified: item.lastModified,
            etag: item.etag,
          };
        }
      }
    } catch (error) {
      throw toStorageException(`list ${bucket}/${prefix}`, error);
    }
  }

  async deleteObjects(bucket: string, keys: readonly string[]): Promise<void> {
    for (let start = 0; start < keys.length; start += MAX_KEYS_PER_DELETE) {
      const slice = keys.slice(start, start + MAX_KEYS_PER_DELETE);

      await this.call(`delete ${slice.length} objects from ${bucket}`, () =>
        this.client.removeObjects(bucket, slice),
      );
    }
  }

  bucketExists(bucket: string): Promise<boolean> {
    return this.call(`check bucket ${bucket}`, () => this.client.bucketExists(bucket));
  }

  presignGetUrl(bucket: string, key: string, expiresInSeconds: number): Promise<string> {
    return this.call(`presign ${bucket}/${key}`, () =>
      this.client.presignedGetObject(bucket, key, expiresInSeconds),
    );
  }

  private async call<T>(operation: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      throw toStorageException(operation, error);
    }
  }
}

function errorCodeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return String(error.code);
  }

  return '';
}

function toStorageException(operation: string, error: unknown): StorageException {
  const code = errorCodeOf(error);
  const detail = error instanceof Error ? error.message : String(error);

  if (NOT_FOUND_CODES.has(code)) {
    return new StorageException(
      StorageExceptionCode.ObjectNotFound,
      `${operation}: object not found`,
      {
        cause: error,
      },
    );
  }
  if (code === 'NoSuchBucket') {
    return new StorageException(
      StorageExceptionCode.BucketNotFound,
      `${operation}: bucket does not exist; the local stack creates it with \`npm run stack -- up\``,
      { cause: error },
    );
  }
  if (
    code === 'AccessDenied' ||
    code === 'InvalidAccessKeyId' ||
    code === 'SignatureDoesNotMatch'
  ) {
    return new StorageException(
      StorageExceptionCode.AccessDenied,
      `${operation}: the store refused the credentials (${code}); check TARN_S3_ACCESS_KEY and TARN_S3_SECRET_KEY`,
      { cause: error },
    );
  }

  return new StorageException(StorageExceptionCode.Unavailable, `${operation} failed: ${detail}`, {
    cause: error,
  });
}
