import { DataSource } from 'typeorm';

import { buildDataSourceOptions } from './data-source-options';
import { MigrationService } from './migration.service';
import { SourceRepository } from './sources/source.repository';

export interface StandaloneMetadata {
  migrations: MigrationService;
  sources: SourceRepository;
  close(): Promise<void>;
}

/**
 * The metadata repositories outside Nest, for the CLI and jobs: connect, act, close. Applies no
 * migration; callers that need the current schema check `migrations.status()` first.
 */
export async function openStandaloneMetadata(
  postgresUrl: string,
  options: { searchPath?: string } = {},
): Promise<StandaloneMetadata> {
  const dataSource = await new DataSource(
    buildDataSourceOptions(postgresUrl, options),
  ).initialize();

  return {
    migrations: new MigrationService(dataSource),
    sources: new SourceRepository(dataSource),
    close: () => dataSource.destroy(),
  };
}
