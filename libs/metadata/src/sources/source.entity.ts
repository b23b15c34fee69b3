import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** One row of `tarn_sources`; the table itself is defined by its migration, not by this class. */
@Entity({ name: 'tarn_sources' })
export class SourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  type!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  region!: string | null;

  @Column({ name: 'account_id', type: 'varchar', length: 64, nullable: true })
  accountId!: string | null;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ name: 'ocsf_version', type: 'varchar', length: 16, default: '1.1.0' })
  ocsfVersion!: string;

  /** The first characters of the key's random part, safe to show, to tell keys apart. */
  @Column({ name: 'key_prefix', type: 'char', length: 8 })
  keyPrefix!: string;

  /** SHA-256 of the whole key, lowercase hex; the key itself is never stored. */
  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash!: string;

  /** How often data is expected at the latest, for the silent-source check; null: no check. */
  @Column({ name: 'expected_interval_seconds', type: 'integer', nullable: true })
  expectedIntervalSeconds!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;
}

/** What a caller supplies to create a source; the database fills in the rest. */
export interface NewSourceRecord {
  name: string;
  type: string;
  region: string | null;
  accountId: string | null;
  keyPrefix: string;
  keyHash: string;
}
