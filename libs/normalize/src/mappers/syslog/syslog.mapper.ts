import { DEFAULT_OCSF_VERSION } from '@tarn/ocsf';

import type { MapResult, NormalizeOptions, SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import type { ReadResult } from '../../util/map-records.util';
import { readLines } from '../../util/read-lines.util';
import { buildSyslogEvent } from './syslog-event.builder';
import type { SyslogClock } from './syslog-line.parser';
import { parseSyslogLineOrThrow } from './syslog-line.parser';
import { isValidTimeZone } from './zoned-time.util';

const DEFAULT_TIME_ZONE = 'UTC';

/**
 * Syslog, one message per line: RFC 5424, RFC 3164 with or without `<PRI>`, and the
 * RFC 3339-stamped lines rsyslog writes to files.
 *
 * The boundary between an event and a rejection: a line whose header parses (PRI when
 * present, timestamp, and for RFC 5424 every header field) is always an event — typed
 * for the sshd, sudo and su messages Tarn knows, a Base Event with the whole message
 * otherwise. A line whose header does not parse is not syslog at all and is rejected as
 * MalformedRecord with what was wrong, so it lands in the dead-letter zone intact.
 */
export const syslogMapper: SourceMapper = {
  sourceType: 'syslog',
  ocsfVersion: DEFAULT_OCSF_VERSION,
  description: 'Syslog lines (RFC 5424, RFC 3164/BSD, rsyslog files); sshd, sudo and su typed',
  map: (input: string, options: NormalizeOptions): Iterable<MapResult> => {
    const clock = clockOf(options);

    return mapRecords(linesOf(input), (text) =>
      buildSyslogEvent(parseSyslogLineOrThrow(text, clock), {
        options,
        nowMs: clock.nowMs,
        rawText: text,
      }),
    );
  },
};

function* linesOf(input: string): Generator<ReadResult<string>> {
  for (const line of readLines(input)) {
    yield { ok: true, value: line.text, position: line.position, text: line.text };
  }
}

function clockOf(options: NormalizeOptions): SyslogClock {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const clock: SyslogClock = { timeZone, nowMs: (options.now ?? new Date()).getTime() };

  if (!isValidTimeZone(timeZone)) {
    clock.timeZoneError = `option timeZone '${timeZone}' is not an IANA time zone name (e.g. 'Europe/Paris')`;
  }

  return clock;
}
