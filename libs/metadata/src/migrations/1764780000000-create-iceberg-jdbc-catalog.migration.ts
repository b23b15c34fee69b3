import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The two tables of Iceberg's JDBC catalog, in the layout Iceberg's `JdbcCatalog` uses
 * (schema version V1, with `iceberg_type` so the catalog can hold views). Trino reads and
 * writes them through its JDBC catalog; Tarn's workers commit appends by compare-and-swap on
 * `metadata_location`. Trino expects them to exist, so Tarn creates them.
 *
 * `IF NOT EXISTS` because the database may already host a JDBC catalog shared with other
 * engines (Spark, pyiceberg); an older V0 catalog gains the `iceberg_type` column.
 */
export class CreateIcebergJdbcCatalog1764780000000 implements MigrationInterface {
  name = 'CreateIcebergJdbcCatalog1764780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS "iceberg_tables" (
        "catalog_name" varchar(255) NOT NULL,
        "table_namespace" varchar(255) NOT NULL,
        "table_name" varchar(255) NOT NULL,
        "metadata_location" varchar(1000),
        "previous_metadata_location" varchar(1000),
        "iceberg_type" varchar(5),
        PRIMARY KEY ("catalog_name", "table_namespace", "table_name")
      )`);
    await queryRunner.query(
      `ALTER TABLE "iceberg_tables" ADD COLUMN IF NOT EXISTS "iceberg_type" varchar(5)`,
    );
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS "iceberg_namespace_properties" (
        "catalog_name" varchar(255) NOT NULL,
        "namespace" varchar(255) NOT NULL,
        "property_key" varchar(255) NOT NULL,
        "property_value" varchar(1000),
        PRIMARY KEY ("catalog_name", "namespace", "property_key")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "iceberg_namespace_properties"`);
    await queryRunner.query(`DROP TABLE "iceberg_tables"`);
  }
}
