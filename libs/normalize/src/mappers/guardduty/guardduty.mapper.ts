import type { OcsfDetectionFindingEvent } from '@tarn/ocsf';

import { RejectionCode } from '../../rejection';
import type { NormalizeOptions, SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import { MappingError } from '../../util/mapping.error';
import { readJsonRecords } from '../../util/read-json-records.util';
import { asObject } from '../aws-shared/aws-value.util';
import { buildGuardDutyEvent } from './guardduty-finding.builder';

export const guarddutyMapper: SourceMapper = {
  sourceType: 'guardduty',
  ocsfVersion: '1.1.0',
  description:
    'Amazon GuardDuty findings in GuardDuty JSON (get-findings output, S3 export, single finding or EventBridge event) → Detection Finding',
  map: (input, options) =>
    mapRecords(readJsonRecords(input, { unwrapKeys: ['Findings', 'findings'] }), (record) =>
      mapFinding(record, options),
    ),
};

function mapFinding(
  record: Record<string, unknown>,
  options: NormalizeOptions,
): OcsfDetectionFindingEvent {
  const finding = asObject(record.detail) ?? record;

  assertGuardDutyFinding(finding);

  return buildGuardDutyEvent(finding, options);
}

/**
 * The ASFF form of a GuardDuty finding (as Security Hub forwards it) has `ProductArn` and
 * `AwsAccountId`; it belongs to the securityhub source. A record without a finding type is
 * some other EventBridge event.
 */
function assertGuardDutyFinding(finding: Record<string, unknown>): void {
  if (finding.ProductArn !== undefined && finding.AwsAccountId !== undefined) {
    throw new MappingError(
      RejectionCode.UnsupportedRecord,
      'record is a GuardDuty finding in ASFF (it has "ProductArn"); ingest it with the securityhub source type',
    );
  }
  if (finding.Type === undefined && finding.type === undefined) {
    throw new MappingError(
      RejectionCode.UnsupportedRecord,
      'record is not a GuardDuty finding: expected "Type"/"type" on the finding, "Findings", or an EventBridge "detail"',
    );
  }
}
