import type { SyslogScanner } from './syslog-scanner';
import type { LocalDateTime } from './syslog.types';
import { daysInMonth } from './zoned-time.util';

/** A timestamp as read from the line: wall-clock fields and, when the line says it, the offset. */
export interface WrittenTimestamp {
  local: LocalDateTime;
  /** Minutes east of UTC; absent for BSD timestamps (and zone-less ISO ones). */
  offsetMinutes?: number;
  /** False for BSD timestamps, which carry no year: `local.year` is then a placeholder. */
  hasYear: boolean;
  text: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 5424 §6.2.3 allows at most six fractional digits (microseconds). */
const MAX_FRACTION_DIGITS = 6;
/** A leap year, so that `Feb 29` passes the day check before a real year is chosen. */
const PLACEHOLDER_LEAP_YEAR = 2000;

/**
 * RFC 3339 as RFC 5424 restricts it: `YYYY-MM-DDThh:mm:ss[.1-6 digits](Z|±hh:mm)`. With
 * `offsetRequired` false (timestamps rsyslog writes in place of the BSD one) a missing zone
 * is allowed and left for the configured time zone to resolve.
 */
export function readRfc3339OrThrow(
  scanner: SyslogScanner,
  offsetRequired: boolean,
): WrittenTimestamp {
  const start = scanner.position;
  const year = scanner.readDigitsOrThrow(4, 4, 'timestamp year');

  scanner.expectOrThrow('-', 'after the timestamp year');
  const month = scanner.readDigitsOrThrow(2, 2, 'timestamp month');

  scanner.expectOrThrow('-', 'after the timestamp month');
  const day = scanner.readDigitsOrThrow(2, 2, 'timestamp day');

  if (!scanner.tryConsume('T') && !scanner.tryConsume('t')) {
    scanner.failOrThrow(`expected 'T' between date and time at column ${scanner.position + 1}`);
  }
  const local = { year, month, day, ...readClockOrThrow(scanner) };
  const offsetMinutes = readOffset(scanner);

  if (offsetMinutes === undefined && offsetRequired) {
    scanner.failOrThrow(`timestamp ${scanner.quoteWord(start)} has no zone ('Z' or ±hh:mm)`);
  }
  assertCalendarOrThrow(scanner, local, scanner.quoteWord(start));

  return { local, offsetMinutes, hasYear: true, text: scanner.text.slice(start, scanner.position) };
}

/**
 * RFC 3164 §4.1.2: `Mmm dd hh:mm:ss`, the day padded with a space (or, leniently, a zero),
 * fractional seconds accepted. TODO: timestamps with a year (`Mmm dd yyyy hh:mm:ss`, Cisco
 * style) are rejected — add them when a source that writes them is onboarded.
 */
export function readBsdTimestampOrThrow(scanner: SyslogScanner): WrittenTimestamp {
  const start = scanner.position;
  const month = MONTHS.indexOf(scanner.text.slice(start, start + 3).toLowerCase()) + 1;

  if (month === 0 || scanner.peek(3) !== 0x20) {
    scanner.failOrThrow(`timestamp ${scanner.quote(start)} is not RFC 3164 or RFC 3339`);
  }
  scanner.position += 4;
  scanner.tryConsume(' ');
  const day = scanner.readDigitsOrThrow(1, 2, 'timestamp day');

  scanner.expectOrThrow(' ', 'after the timestamp day');
  const local = { year: PLACEHOLDER_LEAP_YEAR, month, day, ...readClockOrThrow(scanner) };

  assertCalendarOrThrow(scanner, local, scanner.quote(start, scanner.position - start));

  return { local, hasYear: false, text: scanner.text.slice(start, scanner.position) };
}

function readClockOrThrow(
  scanner: SyslogScanner,
): Pick<LocalDateTime, 'hour' | 'minute' | 'second' | 'millisecond'> {
  const hour = scanner.readDigitsOrThrow(2, 2, 'timestamp hour');

  scanner.expectOrThrow(':', 'after the timestamp hour');
  const minute = scanner.readDigitsOrThrow(2, 2, 'timestamp minute');

  scanner.expectOrThrow(':', 'after the timestamp minute');
  const second = scanner.readDigitsOrThrow(2, 2, 'timestamp second');
  let millisecond = 0;

  if (scanner.tryConsume('.')) {
    const fractionStart = scanner.position;
    const fraction = scanner.readDigitsOrThrow(1, MAX_FRACTION_DIGITS, 'timestamp fraction');
    const digits = scanner.position - fractionStart;

    // OCSF times are whole milliseconds: microseconds are truncated, never rounded up a second.
    millisecond = Math.floor(fraction / 10 ** (digits - 3));
  }

  return { hour, minute, second, millisecond };
}

function readOffset(scanner: SyslogScanner): number | undefined {
  if (scanner.tryConsume('Z') || scanner.tryConsume('z')) {
    return 0;
  }
  const sign = scanner.peek();

  if (sign !== 0x2b && sign !== 0x2d) {
    return undefined;
  }
  scanner.position += 1;
  const hours = scanner.readDigitsOrThrow(2, 2, 'zone offset hours');

  scanner.expectOrThrow(':', 'in the zone offset');
  const minutes = scanner.readDigitsOrThrow(2, 2, 'zone offset minutes');

  if (hours > 23 || minutes > 59) {
    scanner.failOrThrow(`zone offset ${scanner.quote(scanner.position - 6)} is out of range`);
  }

  return (sign === 0x2d ? -1 : 1) * (hours * 60 + minutes);
}

function assertCalendarOrThrow(scanner: SyslogScanner, local: LocalDateTime, quoted: string): void {
  const valid =
    local.month >= 1 &&
    local.month <= 12 &&
    local.day >= 1 &&
    local.day <= daysInMonth(local.year, local.month) &&
    local.hour <= 23 &&
    local.minute <= 59 &&
    local.second <= 59;

  if (!valid) {
    scanner.failOrThrow(`timestamp ${quoted} is not a valid date and time`);
  }
}
