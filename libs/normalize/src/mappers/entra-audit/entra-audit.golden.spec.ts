import path from 'node:path';

import { validateOcsfEvent } from '../../testing/ocsf-validator';
import { findSharedDirOrSkip } from '../../testing/shared-dir';
import {
  eventsOf,
  loadGoldenCases,
  readExpected,
  runGoldenCase,
} from '../identity-shared/testing/golden-cases';
import { entraAuditMapper } from './entra-audit.mapper';

describe(`${entraAuditMapper.sourceType} golden files`, () => {
  const sut = entraAuditMapper;
  const cases = loadGoldenCases(path.join(__dirname, '__golden__'));
  // The validator reads the OCSF schemas from ../shared (skipped without it, fails in CI).
  const itWithSchemas = findSharedDirOrSkip() === undefined ? it.skip : it;

  it.each(cases)('should map $name as recorded in its expected file', (goldenCase) => {
    const actual = runGoldenCase(sut, goldenCase);

    expect(actual).toEqual(readExpected(goldenCase, actual));
  });

  itWithSchemas.each(cases)(
    'should emit only schema-valid OCSF 1.1.0 events for $name',
    (goldenCase) => {
      const problems = eventsOf(runGoldenCase(sut, goldenCase)).flatMap(validateOcsfEvent);

      expect(problems).toEqual([]);
    },
  );
});
