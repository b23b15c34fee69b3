import type { TarnConfig } from '@tarn/config';
import { BatchState } from '@tarn/metadata';
import type { BatchRepository } from '@tarn/metadata';
import type { IngestQueueProducer } from '@tarn/queue';
import { StorageException, StorageExceptionCode } from '@tarn/storage';
import type { ObjectStore } from '@tarn/storage';

import { IntakeException, IntakeExceptionCode } from './intake.exception';
import { MAX_INGEST_BODY_BYTES } from './intake-limits';
import { IntakeService, rawObjectKey } from './intake.service';
import type { IntakeRequest } from './intake.service';

const SOURCE_ID = '6f1c2a3e-8d4b-4c5a-9e7f-0a1b2c3d4e5f';
const UUID = /^[0-9a-f-]{36}$/;

const intakeRequest = (overrides: Partial<IntakeRequest> = {}): IntakeRequest => ({
  source: { id: SOURCE_ID, type: 'cloudtrail' },
  body: Buffer.from('{"eventName":"ConsoleLogin"}\n'),
  contentType: 'application/x-ndjson',
  contentEncoding: undefined,
  peer: '192.0.2.7',
  ...overrides,
});

async function codeOf(promise: Promise<unknown>): Promise<IntakeExceptionCode> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );

  expect(error).toBeInstanceOf(IntakeException);

  return (error as IntakeException).code;
}

describe(IntakeService.name, () => {
  const calls: string[] = [];
  let store: jest.Mocked<Pick<ObjectStore, 'putObject' | 'deleteObjects'>>;
  let batches: jest.Mocked<Pick<BatchRepository, 'insertAccepted' | 'setState'>>;
  let queue: jest.Mocked<Pick<IngestQueueProducer, 'enqueueNormalizeBatchOrThrow'>>;
  let sut: IntakeService;

  beforeEach(() => {
    calls.length = 0;
    store = {
      putObject: jest.fn().mockImplementation(() => (calls.push('store'), Promise.resolve())),
      deleteObjects: jest.fn().mockResolvedValue(undefined),
    };
    batches = {
      insertAccepted: jest.fn().mockImplementation(() => (calls.push('row'), Promise.resolve())),
      setState: jest.fn().mockImplementation(() => Promise.resolve(true)),
    };
    queue = {
      enqueueNormalizeBatchOrThrow: jest
        .fn()
        .mockImplementation(() => (calls.push('job'), Promise.resolve())),
    };
    sut = new IntakeService(
      store as unknown as ObjectStore,
      { s3: { buckets: { raw: 'tarn-raw' } } } as TarnConfig,
      batches as unknown as BatchRepository,
      queue as unknown as IngestQueueProducer,
    );
  });

  describe('acceptOrThrow', () => {
    it('should store the bytes as sent, then record the batch, then queue a job of references', async () => {
      const request = intakeRequest();

      const accepted = await sut.acceptOrThrow(request);

      expect(calls).toEqual(['store', 'row', 'job']);
      expect(accepted.batchId).toMatch(UUID);
      expect(accepted.bytes).toBe(request.body.length);
      const [bucket, key, body, options] = store.putObject.mock.calls[0];
      expect(bucket).toBe('tarn-raw');
      expect(key).toMatch(
        new RegExp(`^raw/${SOURCE_ID}/\\d{4}/\\d{2}/\\d{2}/${accepted.batchId}$`),
      );
      expect(body).toBe(request.body);
      expect(options?.metadata).toMatchObject({
        'tarn-source-id': SOURCE_ID,
        'tarn-peer': '192.0.2.7',
        'tarn-content-encoding': 'identity',
      });
      expect(queue.enqueueNormalizeBatchOrThrow).toHaveBeenCalledWith(
        { batchId: accepted.batchId, sourceId: SOURCE_ID, rawBucket: 'tarn-raw', rawKey: key },
        expect.any(Number),
      );
    });

    it('should refuse a body over the limit before touching the store', async () => {
      const request = intakeRequest({ body: Buffer.alloc(MAX_INGEST_BODY_BYTES + 1, 0x61) });

      await expect(codeOf(sut.acceptOrThrow(request))).resolves.toBe(
        IntakeExceptionCode.PayloadTooLarge,
      );
      expect(calls).toEqual([]);
    });

    it('should refuse an empty body as malformed', async () => {
      await expect(
        codeOf(sut.acceptOrThrow(intakeRequest({ body: Buffer.alloc(0) }))),
      ).resolves.toBe(IntakeExceptionCode.MalformedBody);
    });

    it('should answer unavailable and record nothing when the store is unreachable', async () => {
      store.putObject.mockRejectedValue(
        new StorageException(StorageExceptionCode.Unavailable, 'connect ECONNREFUSED'),
      );

      await expect(codeOf(sut.acceptOrThrow(intakeRequest()))).resolves.toBe(
        IntakeExceptionCode.Unavailable,
      );
      expect(batches.insertAccepted).not.toHaveBeenCalled();
      expect(queue.enqueueNormalizeBatchOrThrow).not.toHaveBeenCalled();
    });

    it('should pass on a permanent store failure as it is', async () => {
      const denied = new StorageException(StorageExceptionCode.AccessDenied, 'denied');
      store.putObject.mockRejectedValue(denied);

      await expect(sut.acceptOrThrow(intakeRequest())).rejects.toBe(denied);
    });

    it('should remove the stored object and answer unavailable when the row cannot be written', async () => {
      batches.insertAccepted.mockRejectedValue(new Error('connect ECONNREFUSED 127.0.0.1:55432'));

      await expect(codeOf(sut.acceptOrThrow(intakeRequest()))).resolves.toBe(
        IntakeExceptionCode.Unavailable,
      );
      const [bucket, key] = store.putObject.mock.calls[0];
      expect(store.deleteObjects).toHaveBeenCalledWith(bucket, [key]);
      expect(queue.enqueueNormalizeBatchOrThrow).not.toHaveBeenCalled();
    });

    it('should mark the batch abandoned and answer unavailable when the job cannot be queued', async () => {
      queue.enqueueNormalizeBatchOrThrow.mockRejectedValue(new Error('Redis did not confirm'));

      await expect(codeOf(sut.acceptOrThrow(intakeRequest()))).resolves.toBe(
        IntakeExceptionCode.Unavailable,
      );
      const batchId = batches.insertAccepted.mock.calls[0][0].id;
      expect(batches.setState).toHaveBeenCalledWith(batchId, BatchState.Abandoned);
    });

    it('should still answer unavailable when marking the batch abandoned fails too', async () => {
      queue.enqueueNormalizeBatchOrThrow.mockRejectedValue(new Error('Redis down'));
      batches.setState.mockRejectedValue(new Error('Postgres down'));

      await expect(codeOf(sut.acceptOrThrow(intakeRequest()))).resolves.toBe(
        IntakeExceptionCode.Unavailable,
      );
    });
  });
});

describe(rawObjectKey.name, () => {
  it('should file the batch under its source and the UTC day it arrived', () => {
    expect(rawObjectKey('s', new Date('2026-12-31T23:59:59.999Z'), 'b')).toBe('raw/s/2026/12/31/b');
  });
});
