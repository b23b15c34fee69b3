import { DEFAULT_OCSF_VERSION } from '@tarn/ocsf';

import type { MapResult, NormalizeOptions, SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import { readJsonRecords } from '../../util/read-json-records.util';
import { withRecordText } from '../../util/with-record-text.util';
import { buildZeekConnEvent } from './zeek-conn-event.builder';
import { readZeekTsvRecords } from './zeek-tsv.reader';

/**
 * Zeek conn.log → Network Activity (4001), in either of Zeek's log formats: JSON (one
 * object per line, or an array) or the TSV format with its `#` header. A batch starting
 * with `#` is TSV.
 */
export const zeekConnMapper: SourceMapper = {
  sourceType: 'zeek-conn',
  ocsfVersion: DEFAULT_OCSF_VERSION,
  description: 'Zeek conn.log (JSON or TSV) as Network Activity',
  map: (input: string, options: NormalizeOptions): Iterable<MapResult> => {
    const records = input.trimStart().startsWith('#')
      ? readZeekTsvRecords(input)
      : readJsonRecords(input);

    return mapRecords(withRecordText(records), ({ record, text }) =>
      buildZeekConnEvent(record, options, options.keepRawData === true ? text : undefined),
    );
  },
};
