import { loadConfigOrThrow } from '@tarn/config';
import { openStandaloneMigrations } from '@tarn/metadata';
import type { MigrationService } from '@tarn/metadata';

import type { CliCommand } from '../cli-command.interface';
import type { CliIo } from '../io/cli-io';
import { EXIT_OK, UsageError } from '../usage.error';

const ACTIONS = {
  migrate: async (migrations: MigrationService, io: CliIo) => {
    const applied = await migrations.migrate();

    io.stdout.write(
      applied.length === 0 ? 'schema is up to date\n' : `applied: ${applied.join(', ')}\n`,
    );
  },
  revert: async (migrations: MigrationService, io: CliIo) => {
    const reverted = await migrations.revertLast();

    io.stdout.write(
      reverted === undefined ? 'no migration to revert\n' : `reverted: ${reverted}\n`,
    );
  },
  status: async (migrations: MigrationService, io: CliIo) => {
    const { applied, pending } = await migrations.status();

    for (const name of applied) {
      io.stdout.write(`applied  ${name}\n`);
    }
    for (const name of pending) {
      io.stdout.write(`pending  ${name}\n`);
    }
  },
} as const;

type DbAction = keyof typeof ACTIONS;

const isDbAction = (value: string | undefined): value is DbAction =>
  value !== undefined && Object.hasOwn(ACTIONS, value);

/**
 * `tarn db migrate|revert|status`: the metadata schema, including the Iceberg JDBC catalog
 * tables. Reads the same environment as the gateway (see README, Configuration).
 */
export const dbCommand: CliCommand = {
  path: ['db'],
  summary: 'apply, revert or list metadata schema migrations',
  usage: () =>
    [
      'Usage: tarn db <migrate|revert|status>',
      '',
      '  migrate   apply every pending migration (safe to run from several places at once)',
      '  revert    revert the newest applied migration',
      '  status    list applied and pending migrations',
      '',
      'Connects with TARN_POSTGRES_URL; the other TARN_* variables must be valid too.',
    ].join('\n'),
  run: async (args, io) => {
    const [action, ...rest] = args;

    if (action === '--help' || action === '-h') {
      io.stdout.write(`${dbCommand.usage()}\n`);

      return EXIT_OK;
    }
    if (!isDbAction(action) || rest.length > 0) {
      throw new UsageError(`expected one of migrate, revert, status; got "${args.join(' ')}"`);
    }
    const config = loadConfigOrThrow();
    const standalone = await openStandaloneMigrations(config.postgres.url);

    try {
      await ACTIONS[action](standalone.migrations, io);
    } finally {
      await standalone.close();
    }

    return EXIT_OK;
  },
};
