import { parseArgs, type ParseArgsConfig } from 'node:util';

import { UsageError } from '../usage.error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs` in strict mode, with its errors turned into usage errors (exit 2). */
export function parseCommandArgs<T extends Options>(
  args: string[],
  options: T,
): ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
