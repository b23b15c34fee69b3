import { invalidFieldError, missingFieldError } from './mapping.error';

/**
 * Below this a number is epoch seconds, above it epoch milliseconds. 1e11 s is the year
 * 5138 and 1e11 ms is March 1973: no log source of ours sends either, so the ranges never
 * overlap in practice.
 */
const SECONDS_MILLIS_BOUNDARY = 1e11;

/**
 * ISO-8601 date, optional time (T or space), optional fraction, optional zone. Anchored and
 * without nested quantifiers, so it runs in linear time on hostile input.
 */
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)? ?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

const NUMERIC = /^\d{1,20}(?:\.\d{1,9})?$/;

/**
 * Epoch milliseconds for a source timestamp: an ISO-8601 string (no zone means UTC), epoch
 * seconds or milliseconds as a number or numeric string, or a Date. Undefined for anything
 * else, including impossible dates such as February 30th.
 */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return fromEpochNumber(value);
  }
  if (typeof value === 'string') {
    const text = value.trim();

    return NUMERIC.test(text) ? fromEpochNumber(Number(text)) : fromIsoString(text);
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  }

  return undefined;
}

/** Like `parseTimestamp`, but a missing or unreadable value is the record's rejection. */
export function requireTimestamp(value: unknown, field: string): number {
  if (value === undefined || value === null || value === '') {
    throw missingFieldError(field);
  }
  const time = parseTimestamp(value);

  if (time === undefined) {
    throw invalidFieldError(field, value, 'an ISO-8601 timestamp or epoch seconds/milliseconds');
  }

  return time;
}

function fromEpochNumber(value: number): number | undefined {
  if (!Number.isFinite(value) || value < 0) {
    return undefined;
  }
  const millis = Math.round(value < SECONDS_MILLIS_BOUNDARY ? value * 1000 : value);

  return isRepresentable(millis) ? millis : undefined;
}

function fromIsoString(text: string): number | undefined {
  const match = ISO_8601.exec(text);

  if (match === null) {
    return undefined;
  }
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone] = match;
  const parts = [year, month, day, hour, minute, second].map(Number);

  if (!isValidDateTime(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5])) {
    return undefined;
  }
  const millis =
    Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]) +
    Number(fraction.padEnd(3, '0').slice(0, 3)) -
    zoneOffsetMillis(zone);

  return isRepresentable(millis) ? millis : undefined;
}

function isValidDateTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): boolean {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) {
    return false;
  }
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();

  return day <= daysInMonth;
}

function zoneOffsetMillis(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z' || zone === 'z') {
    return 0;
  }
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;

  return sign * (hours * 60 + minutes) * 60_000;
}

/** JavaScript dates end at ±8.64e15 ms; beyond that `time_dt` cannot be written. */
function isRepresentable(millis: number): boolean {
  return Number.isFinite(millis) && Math.abs(millis) <= 8.64e15;
}
