import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import type { MapResult, NormalizeOptions, SourceMapper } from '../../source-mapper.interface';

/** One golden case: `<name>.input.<ext>`, `<name>.expected.json`, optional `<name>.options.json`. */
export interface GoldenCase {
  name: string;
  input: string;
  options: NormalizeOptions;
  expected: unknown[];
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
        options: files.includes(optionsFile)
          ? (JSON.parse(
              readFileSync(path.join(directory, optionsFile), 'utf8'),
            ) as NormalizeOptions)
          : {},
        expected: readExpected(directory, name),
      };
    });
}

/** A case without an expected file fails its comparison instead of crashing the whole suite. */
function readExpected(directory: string, name: string): unknown[] {
  try {
    return JSON.parse(
      readFileSync(path.join(directory, `${name}.expected.json`), 'utf8'),
    ) as unknown[];
  } catch {
    return [{ missing: `${name}.expected.json` }];
  }
}

/** What a golden file holds: each event, or each rejection under a `rejection` key. */
export function toGoldenOutput(results: Iterable<MapResult>): unknown[] {
  return Array.from(results, (result) =>
    result.ok ? result.event : { rejection: result.rejection },
  );
}

export function runGolden(mapper: SourceMapper, goldenCase: GoldenCase): unknown[] {
  return toGoldenOutput(mapper.map(goldenCase.input, goldenCase.options));
}
