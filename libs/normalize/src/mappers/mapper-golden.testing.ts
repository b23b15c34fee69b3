import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import type { MapResult, NormalizeOptions, SourceMapper } from '../source-mapper.interface';

/**
 * Golden cases of the line- and JSON-oriented mappers (syslog, zeek-conn, ocsf):
 * `<case>.input.<ext>` → `<case>.expected.json`, with optional `<case>.options.json` whose
 * `now` is an ISO string (JSON has no dates).
 */
export interface GoldenCase {
  name: string;
  input: string;
  options: NormalizeOptions;
  expectedFile: string;
}

const INPUT_MARKER = '.input.';

export function loadGoldenCases(directory: string): GoldenCase[] {
  const files = readdirSync(directory);

  return files
    .filter((file) => file.includes(INPUT_MARKER))
    .sort()
    .map((file) => {
      const name = file.slice(0, file.indexOf(INPUT_MARKER));
      const optionsFile = `${name}.options.json`;

      return {
        name,
        input: readFileSync(path.join(directory, file), 'utf8'),
        options: files.includes(optionsFile) ? readOptions(path.join(directory, optionsFile)) : {},
        expectedFile: path.join(directory, `${name}.expected.json`),
      };
    });
}

/** The expected output; a missing file reads as a marker that fails the comparison loudly. */
export function readExpected(goldenCase: GoldenCase): unknown {
  try {
    return JSON.parse(readFileSync(goldenCase.expectedFile, 'utf8')) as unknown;
  } catch {
    return [{ missing: goldenCase.expectedFile }];
  }
}

/** Events as they are; rejections under a `rejection` key, as a golden file lists them. */
export function runGoldenCase(mapper: SourceMapper, goldenCase: GoldenCase): unknown[] {
  return Array.from(mapper.map(goldenCase.input, goldenCase.options), toGolden);
}

function toGolden(result: MapResult): unknown {
  return result.ok ? result.event : { rejection: result.rejection };
}

function readOptions(file: string): NormalizeOptions {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Omit<NormalizeOptions, 'now'> & {
    now?: string;
  };
  const { now, ...rest } = raw;

  return now === undefined ? rest : { ...rest, now: new Date(now) };
}

/** The events (not rejections) of a golden file, to check them against the OCSF schema. */
export function goldenEvents(expected: unknown): unknown[] {
  return Array.isArray(expected)
    ? expected.filter((item) => typeof item === 'object' && item !== null && !('rejection' in item))
    : [];
}
