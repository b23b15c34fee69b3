import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Where a batch is on the data path; the migration's CHECK lists the same values. */
export enum BatchState {
  /** Stored in the raw zone and queued for normalizing; acknowledged to the client. */
  Accepted = 'accepted',
  /** Every record is committed to the lake or dead-lettered. */
  Committed = 'committed',
  /** The worker gave up on the batch; the raw object is kept for a replay. */
  Failed = 'failed',
  /** Stored, but its job could not be queued, so the client was told 503 and will resend. */
  Abandoned = 'abandoned',
}

/** bigint columns arrive from `pg` as strings; batches stay far below 2^53 bytes or records. */
const bigintAsNumber = {
  to: (value: number | null | undefined): number | null | undefined => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};

/** One row of `tarn_batches`; the table itself is defined by its migration, not by this class. */
@Entity({ name: 'tarn_batches' })
export class BatchEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: BatchState;

  @Column({ name: 'raw_bucket', type: 'varchar', length: 63 })
  rawBucket!: string;

  @Column({ name: 'raw_key', type: 'varchar', length: 1024 })
  rawKey!: string;

  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ name: 'content_encoding', type: 'varchar', length: 20 })
  contentEncoding!: string;

  /** The body's size as sent, before any decoding. */
  @Column({ name: 'bytes_received', type: 'bigint', transformer: bigintAsNumber })
  bytesReceived!: number;

  /** The body's size after decoding `content_encoding`. */
  @Column({ name: 'bytes_raw', type: 'bigint', transformer: bigintAsNumber })
  bytesRaw!: number;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** The client's address as the gateway saw it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  peer!: string | null;

  @Column({ name: 'records_in', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  recordsIn!: number | null;

  @Column({
    name: 'records_committed',
    type: 'bigint',
    nullable: true,
    transformer: bigintAsNumber,
  })
  recordsCommitted!: number | null;

  @Column({
    name: 'records_dead_lettered',
    type: 'bigint',
    nullable: true,
    transformer: bigintAsNumber,
  })
  recordsDeadLettered!: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** What intake records for a batch it has stored; the worker fills in the counters later. */
export interface NewBatchRecord {
  id: string;
  sourceId: string;
  rawBucket: string;
  rawKey: string;
  contentType: string;
  contentEncoding: string;
  bytesReceived: number;
  bytesRaw: number;
  receivedAt: Date;
  peer: string | null;
}
