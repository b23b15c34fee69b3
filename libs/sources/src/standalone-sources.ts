import { openStandaloneMetadata } from '@tarn/metadata';

import { SourceService } from './source.service';

export interface StandaloneSources {
  sources: SourceService;
  close(): Promise<void>;
}

/**
 * `SourceService` outside Nest, for the CLI: connect, act, close. Refuses to work on a schema
 * with pending migrations, which would otherwise fail later with a raw SQL error.
 */
export async function openStandaloneSources(
  postgresUrl: string,
  options: { searchPath?: string } = {},
): Promise<StandaloneSources> {
  const metadata = await openStandaloneMetadata(postgresUrl, options);

  try {
    const { pending } = await metadata.migrations.status();

    if (pending.length > 0) {
      throw new Error(
        `the metadata schema is not current (${pending.length} pending migration(s): ` +
          `${pending.join(', ')}); run \`tarn db migrate\` or start the gateway, then retry`,
      );
    }
  } catch (error) {
    await metadata.close();
    throw error;
  }

  return { sources: new SourceService(metadata.sources), close: () => metadata.close() };
}
