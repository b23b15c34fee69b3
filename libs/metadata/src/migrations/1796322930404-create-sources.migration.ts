import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sources: what may send data to the lake, with a hashed ingest key.
 *
 * `type` is checked for shape only, not against the list of source types: that list lives in
 * code (`SOURCE_TYPES` in libs/normalize), grows with every new mapper, and the service
 * validates against it before anything is written. A CHECK listing the types would need a
 * migration for each new type, and a type the code no longer knows is caught where it matters
 * (the normalizer rejects the batch with a reason), so the database guards the format only.
 *
 * Names are unique regardless of case, so `Prod CloudTrail` and `prod cloudtrail` cannot both
 * exist and confuse an operator reading a list.
 */
export class CreateSources1796322930404 implements MigrationInterface {
  name = 'CreateSources1796322930404';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "tarn_sources" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(100) NOT NULL,
        "type" varchar(40) NOT NULL,
        "region" varchar(32),
        "account_id" varchar(64),
        "enabled" boolean NOT NULL DEFAULT true,
        "ocsf_version" varchar(16) NOT NULL DEFAULT '1.1.0',
        "key_prefix" char(8) NOT NULL,
        "key_hash" char(64) NOT NULL,
        "expected_interval_seconds" integer,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "disabled_at" timestamptz,
        CONSTRAINT "pk_tarn_sources" PRIMARY KEY ("id"),
        CONSTRAINT "chk_tarn_sources_name" CHECK (char_length("name") BETWEEN 1 AND 100),
        CONSTRAINT "chk_tarn_sources_type" CHECK ("type" ~ '^[a-z0-9][a-z0-9-]*$'),
        CONSTRAINT "chk_tarn_sources_key_hash" CHECK ("key_hash" ~ '^[0-9a-f]{64}$'),
        CONSTRAINT "chk_tarn_sources_interval" CHECK ("expected_interval_seconds" > 0),
        CONSTRAINT "chk_tarn_sources_disabled" CHECK ("enabled" OR "disabled_at" IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_tarn_sources_name" ON "tarn_sources" (lower("name"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_tarn_sources_key_hash" ON "tarn_sources" ("key_hash")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "tarn_sources"`);
  }
}
