import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { NormalizeOptions, SourceMapper } from '../../../source-mapper.interface';

const INPUT_MARK = '.input.';

export interface GoldenCase {
  name: string;
  input: string;
  options: NormalizeOptions;
  expectedPath: string;
}

/**
 * The golden cases of a mapper folder: `<case>.input.<ext>` with `<case>.expected.json`
 * and, optionally, `<case>.options.json` (NormalizeOptions for that case).
 */
export function loadGoldenCases(goldenDir: string): GoldenCase[] {
  return readdirSync(goldenDir)
    .filter((file) => file.includes(INPUT_MARK))
    .sort()
    .map((file) => {
      const name = file.slice(0, file.indexOf(INPUT_MARK));
      const optionsPath = path.join(goldenDir, `${name}.options.json`);

      return {
        name,
        input: readFileSync(path.join(goldenDir, file), 'utf8'),
        options: readOptional(optionsPath),
        expectedPath: path.join(goldenDir, `${name}.expected.json`),
      };
    });
}

/** What a mapper yields for a case, as plain JSON (events and rejections in order). */
export function runGoldenCase(mapper: SourceMapper, goldenCase: GoldenCase): unknown[] {
  const results = [...mapper.map(goldenCase.input, goldenCase.options)].map((result) =>
    result.ok ? result.event : result.rejection,
  );

  return JSON.parse(JSON.stringify(results)) as unknown[];
}

/**
 * The expected output of a case. With `TARN_UPDATE_GOLDEN=1` the actual output is written
 * first: only for a reviewed change, the diff of the expected file is what gets reviewed.
 */
export function readExpected(goldenCase: GoldenCase, actual: unknown[]): unknown[] {
  if (process.env.TARN_UPDATE_GOLDEN === '1') {
    writeFileSync(goldenCase.expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
  }

  return JSON.parse(readFileSync(goldenCase.expectedPath, 'utf8')) as unknown[];
}

function readOptional(file: string): NormalizeOptions {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as NormalizeOptions) : {};
}

/** The events among a case's results (rejections have a `code`, events a `class_uid`). */
export function eventsOf(results: unknown[]): unknown[] {
  return results.filter(
    (result) => typeof result === 'object' && result !== null && 'class_uid' in result,
  );
}
