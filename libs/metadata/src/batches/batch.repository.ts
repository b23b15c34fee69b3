import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Repository } from 'typeorm';

import { BatchEntity, BatchState } from './batch.entity';
import type { NewBatchRecord } from './batch.entity';

/** The one seam between batches and Postgres; every value reaches SQL as a bound parameter. */
@Injectable()
export class BatchRepository {
  private readonly rows: Repository<BatchEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(BatchEntity);
  }

  /** Records a batch as accepted; its id is chosen by the caller, who already used it as a key. */
  async insertAccepted(record: NewBatchRecord): Promise<void> {
    await this.rows.insert({ ...record, state: BatchState.Accepted });
  }

  async findById(id: string): Promise<BatchEntity | undefined> {
    return (await this.rows.findOneBy({ id })) ?? undefined;
  }

  /** Moves a batch to another state; resolves to false when no batch has this id. */
  async setState(id: string, state: BatchState): Promise<boolean> {
    const result = await this.rows.update({ id }, { state });

    return (result.affected ?? 0) > 0;
  }
}
