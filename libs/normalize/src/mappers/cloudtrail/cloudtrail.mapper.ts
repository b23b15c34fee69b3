import type { SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import { readJsonRecords } from '../../util/read-json-records.util';
import { buildCloudTrailEvent } from './cloudtrail-event.builder';

export const cloudtrailMapper: SourceMapper = {
  sourceType: 'cloudtrail',
  ocsfVersion: '1.1.0',
  description:
    'AWS CloudTrail management and data events (log files, JSON lines or arrays) → API Activity, Authentication, Account Change',
  map: (input, options) =>
    mapRecords(readJsonRecords(input, { unwrapKeys: ['Records'] }), (record) =>
      buildCloudTrailEvent(record, options),
    ),
};
