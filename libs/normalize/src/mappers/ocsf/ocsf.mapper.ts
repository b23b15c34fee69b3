import { DEFAULT_OCSF_VERSION, finalizeEvent } from '@tarn/ocsf';
import type { OcsfEvent } from '@tarn/ocsf';

import type { MapResult, NormalizeOptions, SourceMapper } from '../../source-mapper.interface';
import { configuredCloud } from '../../util/configured-cloud.util';
import { mapRecords } from '../../util/map-records.util';
import { readJsonRecords } from '../../util/read-json-records.util';
import { withRecordText } from '../../util/with-record-text.util';
import { assertValidOcsfEventOrThrow } from './ocsf-event.validator';

/**
 * Custom sources that already speak OCSF: one event, a JSON array of events, or NDJSON.
 * Each event is validated against the class it claims before it is accepted, then
 * finalised like every other source's (captions, `time_dt`, profiles, observables).
 */
export const ocsfMapper: SourceMapper = {
  sourceType: 'ocsf',
  ocsfVersion: DEFAULT_OCSF_VERSION,
  description: 'OCSF 1.1.0 events sent by custom sources (JSON, array or NDJSON), validated',
  map: (input: string, options: NormalizeOptions): Iterable<MapResult> =>
    mapRecords(withRecordText(readJsonRecords(input)), ({ record, text }) =>
      finalizeEvent(withSourceContext(assertValidOcsfEventOrThrow(record), options, text)),
    ),
};

/** The source's configured cloud when the event names none; the record text when asked to keep it. */
function withSourceContext(event: OcsfEvent, options: NormalizeOptions, text: string): OcsfEvent {
  const cloud = event.cloud === undefined ? configuredCloud(options) : undefined;

  if (cloud !== undefined) {
    event.cloud = cloud;
  }
  if (options.keepRawData === true && event.raw_data === undefined) {
    event.raw_data = text;
  }

  return event;
}
