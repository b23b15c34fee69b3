import { DataSource } from 'typeorm';

import { buildDataSourceOptions } from './data-source-options';
import { MigrationService } from './migration.service';

export interface StandaloneMigrations {
  migrations: MigrationService;
  close(): Promise<void>;
}

/** Migrations outside Nest, for the CLI and deployment jobs: connect, act, close. */
export async function openStandaloneMigrations(postgresUrl: string): Promise<StandaloneMigrations> {
  const dataSource = await new DataSource(buildDataSourceOptions(postgresUrl)).initialize();

  return {
    migrations: new MigrationService(dataSource),
    close: () => dataSource.destroy(),
  };
}
