import type { SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import { readJsonRecords } from '../../util/read-json-records.util';
import { buildResolverEvent } from './route53-event.builder';

export const route53Mapper: SourceMapper = {
  sourceType: 'route53',
  ocsfVersion: '1.1.0',
  description: 'Amazon Route 53 Resolver query logs (JSON lines or arrays) → DNS Activity',
  map: (input, options) =>
    mapRecords(readJsonRecords(input), (record) => buildResolverEvent(record, options)),
};
