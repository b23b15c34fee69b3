import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { validateOcsfEvent } from '../testing/ocsf-validator';
import { findSharedDirOrSkip } from '../testing/shared-dir';

const sharedDir = findSharedDirOrSkip();
const describeWithShared = sharedDir === undefined ? describe.skip : describe;
const MAPPERS_DIR = join(__dirname, '..', 'mappers');

/** Every `<case>.expected.json` under mappers/<source>/__golden__/, as `<source>/<case>`. */
function listExpectedFiles(): string[] {
  return readdirSync(MAPPERS_DIR).flatMap((source) => {
    try {
      return readdirSync(join(MAPPERS_DIR, source, '__golden__'))
        .filter((file) => file.endsWith('.expected.json'))
        .sort()
        .map((file) => `${source}/__golden__/${file}`);
    } catch {
      return [];
    }
  });
}

/** Golden entries are events, or rejections (`{ rejection }` or `{ ok: false, … }`): keep events. */
function eventsOf(entries: unknown[]): [number, unknown][] {
  return entries.flatMap((entry, index): [number, unknown][] => {
    if (typeof entry !== 'object' || entry === null) {
      return [[index, entry]];
    }
    const event = 'event' in entry ? entry.event : entry;

    return typeof event === 'object' && event !== null && 'class_uid' in event
      ? [[index, event]]
      : [];
  });
}

describeWithShared('golden expected files (OCSF 1.1.0)', () => {
  const files = listExpectedFiles();

  it.each(files.length > 0 ? files : ['(none yet)'])(
    'should hold only valid events in %s',
    (file) => {
      if (file === '(none yet)') {
        return;
      }
      const entries = JSON.parse(readFileSync(join(MAPPERS_DIR, file), 'utf8')) as unknown[];
      const problems = eventsOf(entries).flatMap(([index, event]) =>
        validateOcsfEvent(event).map((problem) => `entry ${index}: ${problem}`),
      );

      expect(problems).toEqual([]);
    },
  );
});
