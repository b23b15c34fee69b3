import { RejectionCode } from '../../rejection';
import { MappingError } from '../../util/mapping.error';
import { readRfc3164OrThrow } from './syslog-3164.parser';
import { readRfc5424OrThrow } from './syslog-5424.parser';
import { MAX_PRI, decodePriority } from './syslog-priority';
import { SyslogScanner } from './syslog-scanner';
import type { WrittenTimestamp } from './syslog-timestamp.parser';
import type { SyslogLine, SyslogPriority } from './syslog.types';
import {
  daysInMonth,
  localTimeToEpochMs,
  wallClockAsUtc,
  yearInZone,
  zoneOffsetMinutes,
} from './zoned-time.util';

/** What a year-less or zone-less timestamp is resolved against. */
export interface SyslogClock {
  /** IANA zone for timestamps that carry none. */
  timeZone: string;
  /** Set when `timeZone` is not a zone this runtime knows; such timestamps are then rejected. */
  timeZoneError?: string;
  /** Epoch ms of "now": year inference for BSD timestamps, and the time of NILVALUE ones. */
  nowMs: number;
}

const MINUTE_MS = 60_000;
/**
 * A BSD timestamp more than this far ahead of "now" is taken as last year's: a December
 * line read in January. The slack absorbs clock skew between sender and lake.
 */
const FUTURE_TOLERANCE_MS = 86_400_000;
const MAX_VERSION_DIGITS = 3;

/**
 * Parses one line as RFC 5424 (`<PRI>VERSION …`) or RFC 3164 (`[<PRI>]Mmm dd hh:mm:ss …`).
 * Throws a MalformedRecord `MappingError` naming what is wrong when the header is neither;
 * the MSG part itself is never judged here.
 */
export function parseSyslogLineOrThrow(text: string, clock: SyslogClock): SyslogLine {
  const scanner = new SyslogScanner(text);
  const priority = scanner.peek() === 0x3c ? readPriorityOrThrow(scanner) : undefined;

  if (priority !== undefined && startsWithVersion(scanner)) {
    return parse5424OrThrow(scanner, priority, clock);
  }
  const fields = readRfc3164OrThrow(scanner);
  const resolved = resolveTimestampOrThrow(fields.timestamp, clock);

  return {
    format: 'rfc3164',
    priority,
    ...resolved,
    hostname: fields.hostname,
    appName: fields.tag,
    procId: fields.pid,
    message: fields.message,
  };
}

function parse5424OrThrow(
  scanner: SyslogScanner,
  priority: SyslogPriority,
  clock: SyslogClock,
): SyslogLine {
  const version = scanner.readDigitsOrThrow(1, MAX_VERSION_DIGITS, 'VERSION');

  if (version !== 1) {
    scanner.failOrThrow(`syslog VERSION ${version} is not supported; RFC 5424 defines version 1`);
  }
  scanner.expectOrThrow(' ', 'after VERSION');
  const fields = readRfc5424OrThrow(scanner);
  const resolved =
    fields.timestamp === undefined
      ? { time: undefined }
      : resolveTimestampOrThrow(fields.timestamp, clock);

  return {
    format: 'rfc5424',
    priority,
    ...resolved,
    hostname: fields.hostname,
    appName: fields.appName,
    procId: fields.procId,
    msgId: fields.msgId,
    structuredData: fields.structuredData,
    message: fields.message,
  };
}

function readPriorityOrThrow(scanner: SyslogScanner): SyslogPriority {
  const start = scanner.position;

  scanner.position += 1;
  const pri = scanner.readDigitsOrThrow(1, MAX_VERSION_DIGITS, 'PRI');

  if (scanner.peek() !== 0x3e) {
    scanner.failOrThrow(`PRI ${scanner.quote(start)} is not closed by '>' within 3 digits`);
  }
  scanner.position += 1;
  if (pri > MAX_PRI) {
    scanner.failOrThrow(
      `PRI '${scanner.text.slice(start, scanner.position)}' is out of range 0-${MAX_PRI}`,
    );
  }

  return decodePriority(pri);
}

/** RFC 5424 puts `VERSION SP` (1–3 digits) after PRI; an RFC 3339 date has four digits and '-'. */
function startsWithVersion(scanner: SyslogScanner): boolean {
  let digits = 0;

  while (digits <= MAX_VERSION_DIGITS && scanner.isDigitAt(digits)) {
    digits += 1;
  }

  return digits >= 1 && digits <= MAX_VERSION_DIGITS && scanner.peek(digits) === 0x20;
}

function resolveTimestampOrThrow(
  timestamp: WrittenTimestamp,
  clock: SyslogClock,
): Pick<SyslogLine, 'time' | 'timezoneOffset' | 'timestampText'> {
  if (timestamp.offsetMinutes !== undefined) {
    return {
      time: wallClockAsUtc(timestamp.local) - timestamp.offsetMinutes * MINUTE_MS,
      timezoneOffset: timestamp.offsetMinutes,
      timestampText: timestamp.text,
    };
  }
  if (clock.timeZoneError !== undefined) {
    throw new MappingError(RejectionCode.InvalidField, clock.timeZoneError);
  }
  const time = timestamp.hasYear
    ? localTimeToEpochMs(timestamp.local, clock.timeZone)
    : resolveYearlessOrThrow(timestamp, clock);

  return {
    time,
    timezoneOffset: zoneOffsetMinutes(time, clock.timeZone),
    timestampText: timestamp.text,
  };
}

/** BSD timestamps have no year: take the current one, or last year's when that lies in the future. */
function resolveYearlessOrThrow(timestamp: WrittenTimestamp, clock: SyslogClock): number {
  const currentYear = yearInZone(clock.nowMs, clock.timeZone);

  for (const year of [currentYear, currentYear - 1]) {
    if (timestamp.local.day > daysInMonth(year, timestamp.local.month)) {
      continue;
    }
    const time = localTimeToEpochMs({ ...timestamp.local, year }, clock.timeZone);

    if (time <= clock.nowMs + FUTURE_TOLERANCE_MS || year < currentYear) {
      return time;
    }
  }

  throw new MappingError(
    RejectionCode.InvalidField,
    `timestamp '${timestamp.text}' does not exist in ${currentYear} or ${currentYear - 1}`,
  );
}
