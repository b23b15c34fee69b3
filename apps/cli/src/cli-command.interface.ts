import type { CliIo } from './io/cli-io';

/** One `tarn …` command. `path` is the words that select it (`['bench', 'normalize']`). */
export interface CliCommand {
  readonly path: readonly string[];
  /** One line for `tarn --help`. */
  readonly summary: string;
  /** Full text for `tarn <command> --help`. */
  usage(): string;
  /** Resolves to the exit code; throws `UsageError` for bad arguments (exit 2). */
  run(args: string[], io: CliIo): Promise<number>;
}
