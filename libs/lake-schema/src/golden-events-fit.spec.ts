import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { fitEventToLakeTable } from './fit-event-to-lake-table';
import { lakeTableForClassOrThrow } from './lake-tables';

const repoRoot = resolve(__dirname, '..', '..', '..');
const mappersDir = join(repoRoot, 'libs/normalize/src/mappers');

/** Every event (not rejection) of every golden expected file the mappers are tested against. */
function goldenEvents(): { file: string; index: number; event: Record<string, unknown> }[] {
  return readdirSync(mappersDir)
    .flatMap((mapper) => {
      const dir = join(mappersDir, mapper, '__golden__');

      try {
        return readdirSync(dir)
          .filter((name) => name.endsWith('.expected.json'))
          .map((name) => join(dir, name));
      } catch {
        return [];
      }
    })
    .sort()
    .flatMap((path) =>
      (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[])
        .map((event, index) => ({ file: relative(repoRoot, path), index, event }))
        .filter(({ event }) => typeof event.class_uid === 'number'),
    );
}

/**
 * Problems that are the mappers' to fix, not the layout's (see libs/lake-schema/README.md).
 * Keyed `<golden file>#<index> <path>`; a new problem fails the test, a fixed one too.
 */
const KNOWN_MAPPER_PROBLEMS: readonly string[] = [];

describe('golden events in lake tables', () => {
  const events = goldenEvents();

  it('should find golden events of every mapper', () => {
    expect(events.length).toBeGreaterThan(100);
  });

  it('should give every value of every golden event a column of a compatible type', () => {
    const problems = events.flatMap(({ file, index, event }) =>
      fitEventToLakeTable(event, lakeTableForClassOrThrow(event.class_uid as number)).problems.map(
        (problem) => `${file}#${index} ${problem.path}: ${problem.reason}`,
      ),
    );

    expect(problems).toEqual(KNOWN_MAPPER_PROBLEMS);
  });
});
