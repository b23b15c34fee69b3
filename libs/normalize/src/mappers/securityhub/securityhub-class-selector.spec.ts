import { selectFindingClass } from './securityhub-class-selector';

describe(selectFindingClass.name, () => {
  it('should choose Compliance Finding when the finding has Compliance', () => {
    expect(selectFindingClass({ Compliance: { Status: 'PASSED' }, Vulnerabilities: [{}] })).toBe(
      2003,
    );
  });

  it('should choose Vulnerability Finding when the finding lists Vulnerabilities', () => {
    expect(selectFindingClass({ Vulnerabilities: [{ Id: 'CVE-2024-0001' }] })).toBe(2002);
  });

  it('should choose Detection Finding when the Vulnerabilities list is empty', () => {
    expect(selectFindingClass({ Vulnerabilities: [] })).toBe(2004);
  });

  it('should choose Detection Finding for a threat detection', () => {
    expect(selectFindingClass({ Types: ['TTPs/Discovery'] })).toBe(2004);
  });
});
