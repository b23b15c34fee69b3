import { asArray, asObject } from '../aws-shared/aws-value.util';

export type FindingClassUid = 2002 | 2003 | 2004;

/**
 * Security Lake's source version 2 split: a control check (it has `Compliance`) is a
 * Compliance Finding, a scanner result (it lists `Vulnerabilities`) a Vulnerability
 * Finding, and everything else (GuardDuty, Macie, third-party detectors) a Detection Finding.
 */
export function selectFindingClass(finding: Record<string, unknown>): FindingClassUid {
  if (asObject(finding.Compliance) !== undefined) {
    return 2003;
  }

  return asArray(finding.Vulnerabilities).length > 0 ? 2002 : 2004;
}
