import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { HealthIndicator } from '@tarn/observability';

import { MigrationService } from './migration.service';

/** Ready when Postgres answers and the schema is current; a pending migration means not ready. */
@Injectable()
export class PostgresHealthIndicator implements HealthIndicator {
  readonly component = 'postgres';

  constructor(
    private readonly dataSource: DataSource,
    private readonly migrations: MigrationService,
  ) {}

  async check(): Promise<void> {
    await this.dataSource.query('SELECT 1');
    const { pending } = await this.migrations.status();

    if (pending.length > 0) {
      throw new Error(`${pending.length} migration(s) pending: ${pending.join(', ')}`);
    }
  }
}
