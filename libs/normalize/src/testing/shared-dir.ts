import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `../shared` next to the repository root (this file sits four levels below it, in src/ or
 * dist/): the OCSF schemas and real samples that tests read.
 */
export const DEFAULT_SHARED_DIR = resolve(__dirname, '..', '..', '..', '..', '..', 'shared');

/** Marker file that proves the directory is the shared reference set, not an empty folder. */
const MARKER = ['ocsf', '1.1.0', 'schema.json'];

export interface SharedDirEnv {
  /** `TARN_SHARED_DIR` overrides the default location. */
  TARN_SHARED_DIR?: string;
  CI?: string;
}

/**
 * The shared reference directory, or undefined (with the reason printed) when it is
 * absent. In CI (`CI=true`) its absence is an error: a suite that silently skips there
 * would report green while checking nothing. Call at module level of a spec and use
 * `describe.skip` when it returns undefined.
 */
export function findSharedDirOrSkip(
  env: SharedDirEnv = process.env,
  write: (text: string) => void = (text) => process.stdout.write(text),
): string | undefined {
  const dir = env.TARN_SHARED_DIR ?? DEFAULT_SHARED_DIR;

  if (existsSync(resolve(dir, ...MARKER))) {
    return dir;
  }
  const reason = `shared reference directory ${dir} is missing (no ${MARKER.join('/')})`;

  if (env.CI === 'true') {
    throw new Error(`${reason}; CI must provide it (set TARN_SHARED_DIR or check out ../shared)`);
  }
  write(`[skip] ${reason}; tests that need it are skipped\n`);

  return undefined;
}

/** Like `findSharedDirOrSkip`, for helpers that cannot work without it. */
export function getSharedDirOrThrow(env: SharedDirEnv = process.env): string {
  const dir = env.TARN_SHARED_DIR ?? DEFAULT_SHARED_DIR;

  if (!existsSync(resolve(dir, ...MARKER))) {
    throw new Error(`shared reference directory ${dir} is missing (no ${MARKER.join('/')})`);
  }

  return dir;
}
