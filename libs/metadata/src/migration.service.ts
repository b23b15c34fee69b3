import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Any fixed number works; it only has to be the same in every Tarn process. */
const MIGRATION_LOCK_KEY = 7_163_021;

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

/**
 * Applies and reverts schema migrations under a Postgres advisory lock, so that several
 * gateways booting at once run each migration exactly once.
 */
@Injectable()
export class MigrationService {
  private readonly logger = new Logger(MigrationService.name);

  constructor(private readonly dataSource: DataSource) {}

  async migrate(): Promise<string[]> {
    return this.underLock(async () => {
      const applied = await this.dataSource.runMigrations({ transaction: 'each' });
      const names = applied.map((migration) => migration.name);

      if (names.length > 0) {
        this.logger.log(`applied migrations: ${names.join(', ')}`);
      }

      return names;
    });
  }

  /** Reverts the newest applied migration; returns its name, or undefined when none is applied. */
  async revertLast(): Promise<string | undefined> {
    return this.underLock(async () => {
      const before = await this.status();
      const newest = before.applied.at(-1);

      if (newest !== undefined) {
        await this.dataSource.undoLastMigration({ transaction: 'each' });
        this.logger.log(`reverted migration ${newest}`);
      }

      return newest;
    });
  }

  async status(): Promise<MigrationStatus> {
    const all = this.dataSource.migrations.map(
      (migration) => migration.name ?? migration.constructor.name,
    );
    const applied = (await this.tableExists())
      ? (
          await this.dataSource.query<{ name: string }[]>(
            `SELECT "name" FROM "${this.dataSource.options.migrationsTableName ?? 'migrations'}" ORDER BY "id"`,
          )
        ).map((row) => row.name)
      : [];

    return { applied, pending: all.filter((name) => !applied.includes(name)) };
  }

  private async tableExists(): Promise<boolean> {
    const rows = await this.dataSource.query<{ table: string | null }[]>(
      'SELECT to_regclass($1) AS "table"',
      [this.dataSource.options.migrationsTableName ?? 'migrations'],
    );

    return rows[0]?.table !== null;
  }

  private async underLock<T>(action: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();

    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);

      return await action();
    } finally {
      // A failed unlock needs no report: releasing the connection ends its session, and
      // Postgres drops session-level advisory locks with it.
      await runner
        .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
        .catch(() => undefined);
      await runner.release();
    }
  }
}
