import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { MapResult, NormalizeOptions, SourceMapper } from '../source-mapper.interface';

/** The folder next to each mapper that holds its golden cases. */
export const GOLDEN_DIR_NAME = '__golden__';

const INPUT_MARKER = '.input.';
const EXPECTED_SUFFIX = '.expected.json';
const OPTIONS_SUFFIX = '.options.json';

/**
 * One golden case: `<name>.input.<ext>` (the raw batch), `<name>.expected.json` (what the
 * mapper must yield) and, optionally, `<name>.options.json` (its NormalizeOptions).
 */
export interface GoldenCase {
  name: string;
  input: string;
  options: NormalizeOptions;
  expectedFile: string;
}

export interface GoldenEnv {
  /** `1` rewrites each expected file from the mapper's output before comparing. */
  TARN_UPDATE_GOLDEN?: string;
  CI?: string;
}

/** A mapper folder that has a golden folder; `source` is the folder name. */
export interface GoldenFolder {
  source: string;
  directory: string;
}

/** Every `<mappersDir>/<source>/__golden__/`, sorted by source. */
export function findGoldenFolders(mappersDir: string): GoldenFolder[] {
  return readdirSync(mappersDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      source: entry.name,
      directory: path.join(mappersDir, entry.name, GOLDEN_DIR_NAME),
    }))
    .filter((folder) => existsSync(folder.directory))
    .sort((a, b) => a.source.localeCompare(b.source));
}

export function loadGoldenCases(directory: string): GoldenCase[] {
  const files = readdirSync(directory);

  return files
    .filter((file) => file.includes(INPUT_MARKER))
    .sort()
    .map((file) => {
      const name = file.slice(0, file.indexOf(INPUT_MARKER));
      const optionsFile = `${name}${OPTIONS_SUFFIX}`;

      return {
        name,
        input: readFileSync(path.join(directory, file), 'utf8'),
        options: files.includes(optionsFile) ? readOptions(path.join(directory, optionsFile)) : {},
        expectedFile: path.join(directory, `${name}${EXPECTED_SUFFIX}`),
      };
    });
}

/** Files of a golden folder that belong to no case: a typo there would silently test nothing. */
export function findStrayGoldenFiles(directory: string): string[] {
  const files = readdirSync(directory);
  const names = new Set(
    files
      .filter((file) => file.includes(INPUT_MARKER))
      .map((file) => file.slice(0, file.indexOf(INPUT_MARKER))),
  );

  return files.filter((file) => {
    if (file.includes(INPUT_MARKER)) {
      return false;
    }
    const suffix = [EXPECTED_SUFFIX, OPTIONS_SUFFIX].find((end) => file.endsWith(end));

    return suffix === undefined || !names.has(file.slice(0, -suffix.length));
  });
}

/**
 * What a mapper yields for a case, as its expected file holds it: events as they are,
 * rejections under a `rejection` key, through JSON so that absent values compare as absent.
 */
export function runGoldenCase(mapper: SourceMapper, goldenCase: GoldenCase): unknown[] {
  const output = toGoldenOutput(mapper.map(goldenCase.input, goldenCase.options));

  return JSON.parse(JSON.stringify(output)) as unknown[];
}

/** Mapper results in the golden-file shape: each event, or each rejection under `rejection`. */
export function toGoldenOutput(results: Iterable<MapResult>): unknown[] {
  return Array.from(results, (result) =>
    result.ok ? result.event : { rejection: result.rejection },
  );
}

/**
 * With `TARN_UPDATE_GOLDEN=1`, writes the actual output as the case's expected file: for a
 * reviewed change whose expected-file diff is what gets reviewed (run Prettier on the files
 * afterwards).
 */
export function writeExpectedIfRequested(
  goldenCase: GoldenCase,
  actual: unknown[],
  env: GoldenEnv = process.env,
): void {
  if (isGoldenUpdateRequestedOrThrow(env)) {
    writeFileSync(goldenCase.expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
  }
}

export function readExpectedOrThrow(goldenCase: GoldenCase): unknown[] {
  if (!existsSync(goldenCase.expectedFile)) {
    throw new Error(
      `golden case "${goldenCase.name}" has no ${goldenCase.expectedFile}; write it by hand or, after reviewing the output, with TARN_UPDATE_GOLDEN=1`,
    );
  }

  return JSON.parse(readFileSync(goldenCase.expectedFile, 'utf8')) as unknown[];
}

/**
 * Whether expected files are to be rewritten. Refused in CI: there it would turn every
 * golden comparison green whatever the mappers emit.
 */
export function isGoldenUpdateRequestedOrThrow(env: GoldenEnv = process.env): boolean {
  if (env.TARN_UPDATE_GOLDEN !== '1') {
    return false;
  }
  if (env.CI === 'true') {
    throw new Error(
      'TARN_UPDATE_GOLDEN=1 rewrites the golden expected files and is refused in CI (CI=true); unset it and commit the reviewed files instead',
    );
  }

  return true;
}

/** The events of a golden file (entries that are not `{ rejection }`), to check against OCSF. */
export function goldenEvents(entries: unknown[]): unknown[] {
  return entries.filter(
    (entry) => typeof entry !== 'object' || entry === null || !('rejection' in entry),
  );
}

/** JSON has no dates: `now` is an ISO timestamp in the file and a Date in NormalizeOptions. */
function readOptions(file: string): NormalizeOptions {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Omit<NormalizeOptions, 'now'> & {
    now?: string;
  };
  const { now, ...rest } = raw;

  if (now === undefined) {
    return rest;
  }
  const date = new Date(now);

  if (Number.isNaN(date.getTime())) {
    throw new Error(`${file}: "now" is ${JSON.stringify(now)}; expected an ISO 8601 timestamp`);
  }

  return { ...rest, now: date };
}
