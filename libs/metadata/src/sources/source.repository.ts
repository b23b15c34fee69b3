import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Repository } from 'typeorm';

import { SourceEntity } from './source.entity';
import type { NewSourceRecord } from './source.entity';

/** The one seam between sources and Postgres; every value reaches SQL as a bound parameter. */
@Injectable()
export class SourceRepository {
  private readonly rows: Repository<SourceEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(SourceEntity);
  }

  /**
   * Inserts a source; resolves to undefined, without raising, when its name (in any case) is
   * taken, so that two concurrent creates cannot both succeed or fail with a raw SQL error.
   */
  async create(record: NewSourceRecord): Promise<SourceEntity | undefined> {
    const result = await this.rows
      .createQueryBuilder()
      .insert()
      .into(SourceEntity)
      .values(record)
      .orIgnore()
      .returning(['id'])
      .execute();
    const inserted = result.raw as { id: string }[];

    return inserted.length === 0 ? undefined : this.findById(inserted[0].id);
  }

  async findById(id: string): Promise<SourceEntity | undefined> {
    return (await this.rows.findOneBy({ id })) ?? undefined;
  }

  async findByKeyHash(keyHash: string): Promise<SourceEntity | undefined> {
    return (await this.rows.findOneBy({ keyHash })) ?? undefined;
  }

  /** Every source, oldest first (a stable order for tables and pagination later). */
  async list(): Promise<SourceEntity[]> {
    return this.rows.find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Enables or disables a source; resolves to the updated row, or undefined when no source has
   * this id. Disabling twice keeps the first `disabled_at`.
   */
  async setEnabled(id: string, enabled: boolean): Promise<SourceEntity | undefined> {
    await this.rows
      .createQueryBuilder()
      .update(SourceEntity)
      .set({
        enabled,
        disabledAt: () => (enabled ? 'NULL' : 'COALESCE("disabled_at", now())'),
      })
      .where('id = :id', { id })
      .execute();

    return this.findById(id);
  }
}
