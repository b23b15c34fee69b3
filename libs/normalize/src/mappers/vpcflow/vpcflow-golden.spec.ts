import path from 'node:path';

import { validateOcsfEvent } from '../../testing/ocsf-validator';
import { loadGoldenCases, runGolden } from '../aws-shared/golden-cases.testing';
import { vpcflowMapper } from './vpcflow.mapper';

describe('vpcflowMapper golden files', () => {
  const sut = vpcflowMapper;
  const cases = loadGoldenCases(path.join(__dirname, '__golden__')).map(
    (c) => [c.name, c] as const,
  );

  it.each(cases)('should map %s as its expected file says', (_name, goldenCase) => {
    expect(runGolden(sut, goldenCase)).toEqual(goldenCase.expected);
  });

  it.each(cases)('should keep every expected event of %s valid OCSF 1.1.0', (_name, goldenCase) => {
    const events = goldenCase.expected.filter(
      (item) => typeof item === 'object' && item !== null && !('rejection' in item),
    );

    expect(events.flatMap((event) => validateOcsfEvent(event))).toEqual([]);
  });
});
