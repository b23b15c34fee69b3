import { randomUUID } from 'node:crypto';

import { loadConfigOrThrow } from '@tarn/config';

import { S3ObjectStoreDriver, StorageException, StorageExceptionCode } from '../src';

describe(S3ObjectStoreDriver.name, () => {
  const config = loadConfigOrThrow();
  const bucket = config.s3.buckets.raw;
  const prefix = `it/storage-${randomUUID()}/`;
  let sut: S3ObjectStoreDriver;

  beforeAll(() => {
    sut = new S3ObjectStoreDriver(config.s3);
  });

  afterAll(async () => {
    const keys: string[] = [];

    for await (const object of sut.listObjects(bucket, prefix)) {
      keys.push(object.key);
    }
    await sut.deleteObjects(bucket, keys);
  });

  it('should read back exactly the bytes it wrote', async () => {
    const body = Buffer.from([0x00, 0xff, 0x1f, 0x8b, ...Buffer.from('héllo')]);

    await sut.putObject(bucket, `${prefix}bytes.bin`, body, {
      contentType: 'application/octet-stream',
    });

    await expect(sut.getObject(bucket, `${prefix}bytes.bin`)).resolves.toEqual(body);
  });

  it('should list only the objects under a prefix, recursively', async () => {
    await sut.putObject(bucket, `${prefix}a/1.json`, '{}');
    await sut.putObject(bucket, `${prefix}a/deeper/2.json`, '{}');
    await sut.putObject(bucket, `${prefix}b/3.json`, '{}');

    const listed: string[] = [];

    for await (const object of sut.listObjects(bucket, `${prefix}a/`)) {
      listed.push(object.key);
    }

    expect(listed.sort()).toEqual([`${prefix}a/1.json`, `${prefix}a/deeper/2.json`]);
  });

  it('should report size and find nothing for a missing object', async () => {
    await sut.putObject(bucket, `${prefix}sized.txt`, '12345');

    await expect(sut.findObjectInfo(bucket, `${prefix}sized.txt`)).resolves.toMatchObject({
      size: 5,
    });
    await expect(sut.findObjectInfo(bucket, `${prefix}missing.txt`)).resolves.toBeUndefined();
  });

  it('should fail with OBJECT_NOT_FOUND when reading a missing object', async () => {
    await expect(sut.getObject(bucket, `${prefix}missing.txt`)).rejects.toMatchObject({
      code: StorageExceptionCode.ObjectNotFound,
    });
  });

  it('should delete objects so that they are no longer listed', async () => {
    await sut.putObject(bucket, `${prefix}gone/x`, 'x');
    await sut.deleteObjects(bucket, [`${prefix}gone/x`]);

    await expect(sut.findObjectInfo(bucket, `${prefix}gone/x`)).resolves.toBeUndefined();
  });

  it('should serve a presigned URL without credentials', async () => {
    await sut.putObject(bucket, `${prefix}shared.txt`, 'for a data subscriber');
    const url = await sut.presignGetUrl(bucket, `${prefix}shared.txt`, 60);

    const response = await fetch(url);

    expect(response.status).toBe(200);
    await expect(response.text()).resolves.toBe('for a data subscriber');
  });

  it('should refuse wrong credentials with ACCESS_DENIED', async () => {
    const intruder = new S3ObjectStoreDriver({ ...config.s3, secretKey: 'wrong-secret' });

    const failure = await intruder
      .getObject(bucket, `${prefix}bytes.bin`)
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(StorageException);
    expect(failure).toMatchObject({ code: StorageExceptionCode.AccessDenied });
  });
});
