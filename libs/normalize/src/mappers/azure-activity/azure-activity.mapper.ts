/**
 * Azure Activity log → OCSF 1.1.0 API Activity (6003).
 *
 * Why API Activity: an Activity log record is one Azure Resource Manager operation on a
 * resource (`operationName` = provider/type/verb, caller, outcome), the same kind of record
 * as a CloudTrail management event, which Security Lake maps to API Activity (MAPPINGS.md
 * §1; MAPPINGS.md lists no official Azure mapping). The activity comes from the verb: write
 * → Update (Create when ARM answered 201 Created), read → Read, delete → Delete, action →
 * Other named by the operation. Records of the Security, Policy, ServiceHealth,
 * ResourceHealth, Alert, Autoscale and Recommendation categories are also ARM operation
 * records with the same envelope, so they stay API Activity, with the category in
 * `metadata.log_name` for filtering.
 * TODO: Security-category records (Defender alerts) as Detection Finding 2004 — when a
 * sample of their `properties` is available to map the alert fields from.
 */
import type { SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import { readJsonRecords } from '../../util/read-json-records.util';
import { buildActivityEvent } from './azure-activity-event.builder';

export const azureActivityMapper: SourceMapper = {
  sourceType: 'azure-activity',
  ocsfVersion: '1.1.0',
  description: 'Azure Activity log records (Azure Monitor export) → API Activity',
  map: (input, options) =>
    mapRecords(readJsonRecords(input, { unwrapKeys: ['records', 'value'] }), (record) =>
      buildActivityEvent(record, options),
    ),
};
