import type { OcsfEvent } from '@tarn/ocsf';

import { RejectionCode } from '../../rejection';
import type { NormalizeOptions, SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import { MappingError } from '../../util/mapping.error';
import { readJsonRecords } from '../../util/read-json-records.util';
import { asArray, asObject } from '../aws-shared/aws-value.util';
import { buildFindingEvent } from './securityhub-finding.builder';

export const securityhubMapper: SourceMapper = {
  sourceType: 'securityhub',
  ocsfVersion: '1.1.0',
  description:
    'AWS Security Hub findings in ASFF (single, get-findings batch or EventBridge event) → Detection, Compliance or Vulnerability Finding',
  map: (input, options) =>
    mapRecords(readJsonRecords(input, { unwrapKeys: ['Findings'] }), (record) =>
      mapFindings(record, options),
    ),
};

/**
 * One input record may be a finding, an EventBridge event carrying several in
 * `detail.findings`, or a wrapper holding one under `Finding` (as Security Hub custom
 * actions and automation tooling pass it on).
 */
export function mapFindings(
  record: Record<string, unknown>,
  options: NormalizeOptions,
): OcsfEvent[] {
  const findings = findingsOf(record);

  if (findings.length === 0) {
    throw new MappingError(
      RejectionCode.UnsupportedRecord,
      'record is not an ASFF finding: expected "SchemaVersion" and "Id", "Findings", "detail.findings" or "Finding"',
    );
  }

  return findings.map((finding) => buildFindingEvent(finding, options));
}

function findingsOf(record: Record<string, unknown>): Record<string, unknown>[] {
  const detail = asObject(record.detail);

  if (detail !== undefined) {
    return objectsOf(detail.findings);
  }
  const wrapped = asObject(record.Finding);

  if (wrapped !== undefined) {
    return [wrapped];
  }

  return record.SchemaVersion !== undefined || record.ProductArn !== undefined ? [record] : [];
}

function objectsOf(value: unknown): Record<string, unknown>[] {
  return asArray(value)
    .map((item) => asObject(item))
    .filter((item): item is Record<string, unknown> => item !== undefined);
}
