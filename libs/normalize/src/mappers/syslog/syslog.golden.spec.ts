import path from 'node:path';

import { findSharedDirOrSkip } from '../../testing/shared-dir';
import { validateOcsfEvent } from '../../testing/ocsf-validator';
import {
  goldenEvents,
  loadGoldenCases,
  readExpected,
  runGoldenCase,
} from '../mapper-golden.testing';
import { syslogMapper } from './syslog.mapper';

const cases = loadGoldenCases(path.join(__dirname, '__golden__'));
const sharedDir = findSharedDirOrSkip();

describe('syslogMapper golden cases', () => {
  const sut = syslogMapper;

  it('should have golden cases to run', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((goldenCase) => [goldenCase.name, goldenCase] as const))(
    'should map %s as its expected file says',
    (_name, goldenCase) => {
      expect(runGoldenCase(sut, goldenCase)).toEqual(readExpected(goldenCase));
    },
  );

  (sharedDir === undefined ? describe.skip : describe)('expected files', () => {
    it.each(cases.map((goldenCase) => [goldenCase.name, goldenCase] as const))(
      'should hold only valid OCSF 1.1.0 events in %s',
      (_name, goldenCase) => {
        const problems = goldenEvents(readExpected(goldenCase)).flatMap(validateOcsfEvent);

        expect(problems).toEqual([]);
      },
    );
  });
});
