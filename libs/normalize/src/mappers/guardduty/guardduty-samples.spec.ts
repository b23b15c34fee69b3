import { readFileSync } from 'node:fs';
import path from 'node:path';

import { toGoldenOutput } from '../../testing/golden-cases';
import { findSharedDirOrSkip } from '../../testing/shared-dir';
import { validateOcsfEvent } from '../../testing/ocsf-validator';
import { securityhubMapper } from '../securityhub/securityhub.mapper';
import { guarddutyMapper } from './guardduty.mapper';

const sharedDir = findSharedDirOrSkip();
const describeWithSamples = sharedDir === undefined ? describe.skip : describe;

/** The two forms of a GuardDuty finding in ../shared/samples/guardduty (see SOURCES.md there). */
describeWithSamples('GuardDuty shared samples', () => {
  const sample = (name: string): string =>
    readFileSync(path.join(sharedDir ?? '', 'samples', 'guardduty', name), 'utf8');

  it('should map the native get-findings output with the guardduty mapper', () => {
    const sut = guarddutyMapper;

    const output = toGoldenOutput(sut.map(sample('aws-cli_get-findings-output-0.json'), {}));

    expect(output).toHaveLength(1);
    expect(output[0]).toMatchObject({
      class_uid: 2004,
      severity_id: 3,
      count: 5,
      finding_info: { types: ['Recon:IAMUser/UserPermissions'] },
      resources: [{ type: 'AwsIamAccessKey', uid: 'ASIASZ4SI7REEEXAMPLE' }],
      evidences: [{ api: { operation: 'ListPolicyVersions' }, src_endpoint: { ip: '52.94.36.7' } }],
    });
    expect(validateOcsfEvent(output[0])).toEqual([]);
  });

  it('should map the ASFF form with the securityhub mapper', () => {
    const sut = securityhubMapper;

    const output = toGoldenOutput(sut.map(sample('awsdocs_guardduty-finding-as-asff-0.json'), {}));

    expect(output).toHaveLength(1);
    expect(output[0]).toMatchObject({ class_uid: 2004 });
    expect(validateOcsfEvent(output[0])).toEqual([]);
  });

  it('should reject the ASFF form with the guardduty mapper and name the right source type', () => {
    const sut = guarddutyMapper;

    const output = toGoldenOutput(sut.map(sample('awsdocs_guardduty-finding-as-asff-0.json'), {}));

    expect(output).toEqual([
      {
        rejection: expect.objectContaining({
          code: 'UNSUPPORTED_RECORD',
          reason: expect.stringContaining('securityhub') as unknown,
        }) as unknown,
      },
    ]);
  });
});
