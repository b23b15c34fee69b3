import { loadConfigOrThrow } from '@tarn/config';
import { SOURCE_TYPES } from '@tarn/normalize';
import {
  SOURCE_KEY_MARKER,
  SourceException,
  SourceExceptionCode,
  openStandaloneSources,
} from '@tarn/sources';
import type { CreateSourceInput, Source, SourceService } from '@tarn/sources';

import type { CliCommand } from '../cli-command.interface';
import type { CliIo } from '../io/cli-io';
import { EXIT_OK, UsageError } from '../usage.error';
import { parseCommandArgs } from './cli-args.util';

const CREATE_OPTIONS = {
  name: { type: 'string' },
  type: { type: 'string' },
  region: { type: 'string' },
  account: { type: 'string' },
} as const;

type SourcesAction = 'create' | 'list' | 'disable' | 'enable';
type SourcesStep = (sources: SourceService, io: CliIo) => Promise<void>;

/** Each action checks its arguments first and returns what to do once connected. */
const ACTIONS: Record<SourcesAction, (args: string[]) => SourcesStep> = {
  create: (args) => {
    const input = createInputOrThrow(args);

    return async (sources, io) => {
      const { source, key } = await sources.createOrThrow(input);

      io.stdout.write(
        [
          `created source ${source.id}`,
          `  name  ${source.name}`,
          `  type  ${source.type}`,
          `  key   ${key}`,
          '',
          'The key is shown only this once: Tarn keeps only its hash. Store it where the sender',
          'reads its secrets now; if it is lost, create a new source.',
          '',
        ].join('\n'),
      );
    };
  },
  list: (args) => {
    expectNoArguments(args);

    return async (sources, io) => {
      const rows = await sources.list();

      io.stdout.write(rows.length === 0 ? 'no sources\n' : `${renderTable(rows)}\n`);
    };
  },
  disable: (args) => {
    const id = idArgumentOrThrow(args);

    return async (sources, io) => {
      const source = await sources.disableOrThrow(id);

      io.stdout.write(
        `disabled source ${source.id} (${source.name}); its key is refused from now on\n`,
      );
    };
  },
  enable: (args) => {
    const id = idArgumentOrThrow(args);

    return async (sources, io) => {
      const source = await sources.enableOrThrow(id);

      io.stdout.write(`enabled source ${source.id} (${source.name})\n`);
    };
  },
};

const isSourcesAction = (value: string | undefined): value is SourcesAction =>
  value !== undefined && Object.hasOwn(ACTIONS, value);

/**
 * `tarn sources create|list|disable|enable`: manage sources directly in the metadata database,
 * with the same rules as the admin API. Reads the same environment as the gateway.
 */
export const sourcesCommand: CliCommand = {
  path: ['sources'],
  summary: 'create, list, disable or enable sources and their ingest keys',
  usage: () =>
    [
      'Usage: tarn sources <action> [options]',
      '',
      '  create --name <name> --type <type> [--region <region>] [--account <id>]',
      '            create a source and print its ingest key (shown only once)',
      '  list      list sources (the key column shows the start of each key)',
      "  disable <id>   refuse the source's key from now on",
      "  enable <id>    accept the source's key again",
      '',
      'Names: 1 to 100 letters, digits, spaces, ".", "_" and "-". Regions look like',
      'us-east-1; accounts are 1 to 64 letters, digits or hyphens.',
      `Types: ${SOURCE_TYPES.join(', ')}`,
      '',
      'Connects with TARN_POSTGRES_URL; the other TARN_* variables must be valid too.',
    ].join('\n'),
  run: async (args, io) => {
    const [action, ...rest] = args;

    if (action === '--help' || action === '-h' || rest.includes('--help')) {
      io.stdout.write(`${sourcesCommand.usage()}\n`);

      return EXIT_OK;
    }
    if (!isSourcesAction(action)) {
      throw new UsageError(
        `expected one of create, list, disable, enable; got "${args.join(' ')}"`,
      );
    }
    const step = ACTIONS[action](rest);
    const config = loadConfigOrThrow();
    const standalone = await openStandaloneSources(config.postgres.url);

    try {
      await step(standalone.sources, io);
    } catch (error) {
      // Bad values are the caller's to fix, like any other usage error (exit 2).
      if (error instanceof SourceException && error.code === SourceExceptionCode.Invalid) {
        throw new UsageError(error.message);
      }
      throw error;
    } finally {
      await standalone.close();
    }

    return EXIT_OK;
  },
};

function createInputOrThrow(args: string[]): CreateSourceInput {
  const { values, positionals } = parseCommandArgs(args, CREATE_OPTIONS);

  if (positionals.length > 0 || values.name === undefined || values.type === undefined) {
    throw new UsageError(
      'expected: tarn sources create --name <name> --type <type> [--region <region>] [--account <id>]',
    );
  }

  return { name: values.name, type: values.type, region: values.region, accountId: values.account };
}

function expectNoArguments(args: string[]): void {
  if (args.length > 0) {
    throw new UsageError(`unexpected arguments: ${args.join(' ')}`);
  }
}

function idArgumentOrThrow(args: string[]): string {
  if (args.length !== 1) {
    throw new UsageError(`expected one source id; got ${args.length} arguments`);
  }

  return args[0];
}

function renderTable(sources: Source[]): string {
  const header = ['ID', 'NAME', 'TYPE', 'REGION', 'ACCOUNT', 'ENABLED', 'KEY', 'CREATED'];
  const rows = sources.map((source) => [
    source.id,
    source.name,
    source.type,
    source.region ?? '-',
    source.accountId ?? '-',
    source.enabled ? 'yes' : 'no',
    `${SOURCE_KEY_MARKER}${source.keyPrefix}…`,
    source.createdAt,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );

  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
