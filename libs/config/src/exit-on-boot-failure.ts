import { ConfigException } from './config.exception';

/**
 * The last resort of an app's `main.ts`: says why the process could not start and exits 1.
 * A configuration problem prints only its message (variable names, never values); anything
 * else prints its stack, because no logger may exist yet to carry it.
 */
export function exitOnBootFailure(appName: string): (error: unknown) => never {
  return (error: unknown) => {
    const detail =
      error instanceof ConfigException
        ? error.message
        : `failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;

    process.stderr.write(`${appName}: ${detail}\n`);
    process.exit(1);
  };
}
