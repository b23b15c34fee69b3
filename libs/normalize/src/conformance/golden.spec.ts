import path from 'node:path';

import { findMapper, getMapperOrThrow, MAPPERS } from '../mapper-registry';
import {
  findGoldenFolders,
  findStrayGoldenFiles,
  goldenEvents,
  isGoldenUpdateRequestedOrThrow,
  loadGoldenCases,
  readExpectedOrThrow,
  runGoldenCase,
  writeExpectedIfRequested,
} from '../testing/golden-cases';
import { validateOcsfEvent } from '../testing/ocsf-validator';
import { findSharedDirOrSkip } from '../testing/shared-dir';

const MAPPERS_DIR = path.join(__dirname, '..', 'mappers');
const folders = findGoldenFolders(MAPPERS_DIR);
// Fails the suite at load time when CI=true asks to rewrite expected files.
isGoldenUpdateRequestedOrThrow();
// The validator reads the OCSF schemas from ../shared (skipped without it, fails in CI).
const itWithSchemas = findSharedDirOrSkip() === undefined ? it.skip : it;

describe('golden files', () => {
  it('should have a golden folder for every registered mapper', () => {
    const withFolder = new Set(folders.map((folder) => folder.source));

    expect(Object.keys(MAPPERS).filter((source) => !withFolder.has(source))).toEqual([]);
  });

  describe.each(folders)('$source', ({ source, directory }) => {
    const cases = loadGoldenCases(directory);

    it('should belong to a registered mapper', () => {
      expect(findMapper(source)).toBeDefined();
    });

    it('should hold at least one case and no file outside a case', () => {
      expect(cases.length).toBeGreaterThan(0);
      expect(findStrayGoldenFiles(directory)).toEqual([]);
    });

    if (cases.length === 0) {
      return;
    }

    it.each(cases)('should map $name as its expected file says', (goldenCase) => {
      const actual = runGoldenCase(getMapperOrThrow(source), goldenCase);

      writeExpectedIfRequested(goldenCase, actual);

      expect(actual).toEqual(readExpectedOrThrow(goldenCase));
    });

    itWithSchemas.each(cases)(
      'should hold only valid OCSF 1.1.0 events in the expected file of $name',
      (goldenCase) => {
        const problems = goldenEvents(readExpectedOrThrow(goldenCase)).flatMap((event, index) =>
          validateOcsfEvent(event).map((problem) => `event ${index}: ${problem}`),
        );

        expect(problems).toEqual([]);
      },
    );
  });
});
