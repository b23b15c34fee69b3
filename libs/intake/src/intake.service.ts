import { randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';

import { TARN_CONFIG } from '@tarn/config';
import type { TarnConfig } from '@tarn/config';
import { BatchRepository, BatchState } from '@tarn/metadata';
import type { NewBatchRecord } from '@tarn/metadata';
import type { SourceType } from '@tarn/normalize';
import { IngestQueueProducer } from '@tarn/queue';
import { OBJECT_STORE, StorageException } from '@tarn/storage';
import type { ObjectStore } from '@tarn/storage';

import { assertContentTypeAcceptedOrThrow } from './content-type.rules';
import {
  assertUtf8OrThrow,
  decodeBodyOrThrow,
  parseContentEncodingOrThrow,
} from './decode-body.util';
import { IntakeException, IntakeExceptionCode } from './intake.exception';
import {
  ENQUEUE_TIMEOUT_MS,
  MAX_INGEST_BODY_BYTES,
  MAX_INGEST_DECODED_BYTES,
} from './intake-limits';

/** What intake needs to know of the sending source (a `Source` from `@tarn/sources` fits). */
export interface IntakeSource {
  id: string;
  type: SourceType;
}

export interface IntakeRequest {
  source: IntakeSource;
  /** The body exactly as sent. */
  body: Buffer;
  contentType: string | undefined;
  contentEncoding: string | undefined;
  /** The client's address. */
  peer: string | null;
}

/** The acknowledgement: records are counted later, by the worker that normalizes the batch. */
export interface AcceptedBatch {
  batchId: string;
  /** Bytes received, as sent (before decoding). */
  bytes: number;
}

/**
 * Accepts raw batches: checks them, stores them in the raw zone exactly as sent, records them
 * and queues their normalizing. It acknowledges only once all three are done; when the store
 * or the queue is unavailable it refuses with `INTAKE_UNAVAILABLE` and the client resends.
 */
@Injectable()
export class IntakeService {
  private readonly logger = new Logger(IntakeService.name);

  constructor(
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    @Inject(TARN_CONFIG) private readonly config: TarnConfig,
    private readonly batches: BatchRepository,
    private readonly queue: IngestQueueProducer,
  ) {}

  async acceptOrThrow(request: IntakeRequest): Promise<AcceptedBatch> {
    const receivedAt = new Date();
    const { contentType, contentEncoding, bytesRaw } = this.checkOrThrow(request);
    const batchId = randomUUID();
    const rawBucket = this.config.s3.buckets.raw;
    const rawKey = rawObjectKey(request.source.id, receivedAt, batchId);

    await this.storeOrThrow(request, {
      batchId,
      rawBucket,
      rawKey,
      contentType,
      contentEncoding,
      receivedAt,
    });
    await this.recordOrThrow({
      id: batchId,
      sourceId: request.source.id,
      rawBucket,
      rawKey,
      contentType,
      contentEncoding,
      bytesReceived: request.body.length,
      bytesRaw,
      receivedAt,
      peer: request.peer,
    });
    await this.enqueueOrThrow({ batchId, sourceId: request.source.id, rawBucket, rawKey });
    this.logger.log(
      `accepted batch ${batchId} from source ${request.source.id}: ${request.body.length} bytes ` +
        `(${contentEncoding}), ${bytesRaw} decoded`,
    );

    return { batchId, bytes: request.body.length };
  }

  /** Every check that needs no outside system, cheapest first. */
  private checkOrThrow(request: IntakeRequest): {
    contentType: string;
    contentEncoding: string;
    bytesRaw: number;
  } {
    const contentType = assertContentTypeAcceptedOrThrow(request.source.type, request.contentType);
    const contentEncoding = parseContentEncodingOrThrow(request.contentEncoding);

    if (request.body.length > MAX_INGEST_BODY_BYTES) {
      throw new IntakeException(
        IntakeExceptionCode.PayloadTooLarge,
        `the body is ${request.body.length} bytes; at most ${MAX_INGEST_BODY_BYTES} are ` +
          'accepted per batch, split it or compress it',
      );
    }
    if (request.body.length === 0) {
      throw new IntakeException(IntakeExceptionCode.MalformedBody, 'the body is empty');
    }
    const decoded = decodeBodyOrThrow(request.body, contentEncoding, MAX_INGEST_DECODED_BYTES);

    assertUtf8OrThrow(decoded);

    return { contentType, contentEncoding, bytesRaw: decoded.length };
  }

  private async storeOrThrow(
    request: IntakeRequest,
    object: {
      batchId: string;
      rawBucket: string;
      rawKey: string;
      contentType: string;
      contentEncoding: string;
      receivedAt: Date;
    },
  ): Promise<void> {
    try {
      await this.store.putObject(object.rawBucket, object.rawKey, request.body, {
        contentType: object.contentType,
        metadata: {
          'tarn-batch-id': object.batchId,
          'tarn-source-id': request.source.id,
          'tarn-content-encoding': object.contentEncoding,
          'tarn-received-at': object.receivedAt.toISOString(),
          'tarn-peer': request.peer ?? '',
        },
      });
    } catch (error) {
      if (error instanceof StorageException && error.retryable) {
        throw unavailable('the object store', error);
      }

      throw error;
    }
  }

  /**
   * A failed insert (Postgres unreachable) removes the object again, best effort, so the raw
   * zone holds no batch that was never acknowledged; an object left over is logged.
   */
  private async recordOrThrow(record: NewBatchRecord): Promise<void> {
    try {
      await this.batches.insertAccepted(record);
    } catch (error) {
      await this.store
        .deleteObjects(record.rawBucket, [record.rawKey])
        .catch((deleteError: unknown) => {
          this.logger.warn(
            `raw object ${record.rawBucket}/${record.rawKey} of unrecorded batch ${record.id} ` +
              `is left behind: ${(deleteError as Error).message}`,
          );
        });

      throw unavailable('the metadata database', error);
    }
  }

  /**
   * A batch whose job could not be queued is marked abandoned rather than deleted: the row
   * explains the stored object, and a late job (Redis may still apply a timed-out add) finds
   * a state that tells the worker to skip it. The client resends under a new batch id.
   */
  private async enqueueOrThrow(payload: {
    batchId: string;
    sourceId: string;
    rawBucket: string;
    rawKey: string;
  }): Promise<void> {
    try {
      await this.queue.enqueueNormalizeBatchOrThrow(payload, ENQUEUE_TIMEOUT_MS);
    } catch (error) {
      await this.batches
        .setState(payload.batchId, BatchState.Abandoned)
        .catch((markError: unknown) => {
          this.logger.warn(
            `batch ${payload.batchId} stays "accepted" without a job: ${(markError as Error).message}`,
          );
        });

      throw unavailable('the queue', error);
    }
  }
}

/** `raw/<source id>/<yyyy>/<mm>/<dd>/<batch id>`, by the UTC day the batch arrived. */
export function rawObjectKey(sourceId: string, receivedAt: Date, batchId: string): string {
  const day = receivedAt.toISOString().slice(0, 10).replaceAll('-', '/');

  return `raw/${sourceId}/${day}/${batchId}`;
}

function unavailable(what: string, cause: unknown): IntakeException {
  const detail = cause instanceof Error ? cause.message : String(cause);

  return new IntakeException(
    IntakeExceptionCode.Unavailable,
    `${what} is unavailable (${detail}); the batch was not accepted, send it again later`,
    { cause },
  );
}
