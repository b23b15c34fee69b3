import type { CliCommand } from './cli-command.interface';
import { benchNormalizeCommand } from './commands/bench-normalize.command';
import { dbCommand } from './commands/db.command';
import { normalizeCommand } from './commands/normalize.command';
import { sourcesCommand } from './commands/sources.command';
import { describeSourceTypes } from './commands/source-types.help';
import type { CliIo } from './io/cli-io';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './usage.error';

/** Every command; longer paths are matched first so `bench normalize` wins over `bench`. */
export const COMMANDS: readonly CliCommand[] = [
  normalizeCommand,
  benchNormalizeCommand,
  dbCommand,
  sourcesCommand,
];

export function topLevelUsage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.path.join(' ').length));

  return [
    'Usage: tarn <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.path.join(' ').padEnd(width)}  ${command.summary}`),
    '',
    'Source types:',
    describeSourceTypes(),
    '',
    'Run `tarn <command> --help` for its options.',
  ].join('\n');
}

/** Finds the command named by the leading words of argv, and its remaining arguments. */
export function findCommand(argv: string[]): { command: CliCommand; args: string[] } | undefined {
  const byLength = [...COMMANDS].sort((a, b) => b.path.length - a.path.length);
  const command = byLength.find((candidate) =>
    candidate.path.every((word, index) => argv[index] === word),
  );

  return command === undefined ? undefined : { command, args: argv.slice(command.path.length) };
}

/** Runs `tarn` with the arguments after the program name; resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout.write(`${topLevelUsage()}\n`);

    return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  const found = findCommand(argv);

  if (found === undefined) {
    return usageFailure(io, `unknown command "${argv.join(' ')}"`, 'tarn --help');
  }
  try {
    return await found.command.run(found.args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      return usageFailure(io, error.message, `tarn ${found.command.path.join(' ')} --help`);
    }
    io.stderr.write(`tarn: ${error instanceof Error ? error.message : String(error)}\n`);

    return EXIT_FAILURE;
  }
}

function usageFailure(io: CliIo, message: string, helpCommand: string): number {
  io.stderr.write(`tarn: ${message}\nRun \`${helpCommand}\` for usage.\n`);

  return EXIT_USAGE;
}
