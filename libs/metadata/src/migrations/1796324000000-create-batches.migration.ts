import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Batches: one row per raw batch a source sent, from acceptance to its end in the lake.
 *
 * `state` lists every state the data path plans (`accepted` at intake; `committed` or `failed`
 * once a worker is done; `abandoned` when intake stored the object but could not queue its job),
 * so the worker needs no migration to move a batch along. The record counters stay null until
 * the worker has read the batch: intake counts bytes, never records.
 *
 * `source_id` restricts deletes: a source with batches is disabled, not deleted, so the no-loss
 * invariant stays answerable for every batch ever accepted.
 */
export class CreateBatches1796324000000 implements MigrationInterface {
  name = 'CreateBatches1796324000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "tarn_batches" (
        "id" uuid NOT NULL,
        "source_id" uuid NOT NULL,
        "state" varchar(16) NOT NULL DEFAULT 'accepted',
        "raw_bucket" varchar(63) NOT NULL,
        "raw_key" varchar(1024) NOT NULL,
        "content_type" varchar(100) NOT NULL,
        "content_encoding" varchar(20) NOT NULL,
        "bytes_received" bigint NOT NULL,
        "bytes_raw" bigint NOT NULL,
        "received_at" timestamptz NOT NULL,
        "peer" varchar(64),
        "records_in" bigint,
        "records_committed" bigint,
        "records_dead_lettered" bigint,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_tarn_batches" PRIMARY KEY ("id"),
        CONSTRAINT "fk_tarn_batches_source" FOREIGN KEY ("source_id")
          REFERENCES "tarn_sources" ("id") ON DELETE RESTRICT,
        CONSTRAINT "chk_tarn_batches_state"
          CHECK ("state" IN ('accepted', 'committed', 'failed', 'abandoned')),
        CONSTRAINT "chk_tarn_batches_bytes" CHECK ("bytes_received" >= 0 AND "bytes_raw" >= 0),
        CONSTRAINT "chk_tarn_batches_records" CHECK (
          "records_in" >= 0 AND "records_committed" >= 0 AND "records_dead_lettered" >= 0
        )
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_tarn_batches_source_received" ON "tarn_batches" ("source_id", "received_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tarn_batches_state" ON "tarn_batches" ("state") WHERE "state" <> 'committed'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "tarn_batches"`);
  }
}
