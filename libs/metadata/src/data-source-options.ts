import type { DataSourceOptions } from 'typeorm';

import { BatchEntity } from './batches/batch.entity';
import { MIGRATIONS } from './migrations';
import { SourceEntity } from './sources/source.entity';

export const MIGRATIONS_TABLE = 'tarn_migrations';

/**
 * `searchPath` confines every unqualified table to one Postgres schema; tests use it to get a
 * private, disposable copy of Tarn's tables. Schema changes only through reviewed migrations: `synchronize` stays off everywhere, and
 * migrations run explicitly (`MigrationService`), never as a side effect of connecting.
 */
export function buildDataSourceOptions(
  postgresUrl: string,
  options: { searchPath?: string } = {},
): DataSourceOptions {
  const sessionOptions =
    options.searchPath === undefined ? {} : { options: `-c search_path=${options.searchPath}` };

  return {
    type: 'postgres',
    url: postgresUrl,
    entities: [SourceEntity, BatchEntity],
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: { max: 10, connectionTimeoutMillis: 5000, application_name: 'tarn', ...sessionOptions },
  };
}
