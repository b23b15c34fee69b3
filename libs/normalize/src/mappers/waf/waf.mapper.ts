import type { SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import { readJsonRecords } from '../../util/read-json-records.util';
import { buildWafEvent } from './waf-event.builder';

export const wafMapper: SourceMapper = {
  sourceType: 'waf',
  ocsfVersion: '1.1.0',
  description:
    'AWS WAF web ACL logs (one JSON record per line, as delivered to S3, CloudWatch or Firehose) → HTTP Activity',
  map: (input, options) =>
    mapRecords(readJsonRecords(input), (record) => buildWafEvent(record, options)),
};
