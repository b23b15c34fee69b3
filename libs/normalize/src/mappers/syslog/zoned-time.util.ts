import type { LocalDateTime } from './syslog.types';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/**
 * Zone offsets change only at instants that are whole multiples of 15 minutes UTC in every
 * zone in use since 1970 (even +05:45 and +12:45 zones switch on the quarter hour), so an
 * offset looked up once holds for its whole quarter-hour bucket.
 */
const OFFSET_BUCKET_MS = 15 * MINUTE_MS;
const MAX_CACHED_OFFSETS = 4096;

interface ZoneCache {
  format: Intl.DateTimeFormat;
  offsets: Map<number, number>;
}

const zones = new Map<string, ZoneCache>();

/** Whether `timeZone` is an IANA zone name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    zoneCacheOf(timeZone);

    return true;
  } catch {
    return false;
  }
}

/** Offset of `timeZone` from UTC at `instantMs`, in minutes (east positive, e.g. +60 for CET). */
export function zoneOffsetMinutes(instantMs: number, timeZone: string): number {
  const cache = zoneCacheOf(timeZone);
  const bucket = Math.floor(instantMs / OFFSET_BUCKET_MS);
  let offset = cache.offsets.get(bucket);

  if (offset === undefined) {
    offset = computeOffsetMinutes(cache.format, bucket * OFFSET_BUCKET_MS);
    if (cache.offsets.size >= MAX_CACHED_OFFSETS) {
      cache.offsets.clear();
    }
    cache.offsets.set(bucket, offset);
  }

  return offset;
}

/**
 * The instant a wall-clock time in `timeZone` denotes. Around DST changes it resolves like
 * Temporal's "compatible" disambiguation: a time that occurs twice (clocks set back) is the
 * earlier of the two instants; a time skipped by clocks moving forward is read with the
 * offset from before the change, which lands just after the gap.
 */
export function localTimeToEpochMs(local: LocalDateTime, timeZone: string): number {
  const wallAsUtc = wallClockAsUtc(local);
  const offsetBefore = zoneOffsetMinutes(wallAsUtc - DAY_MS, timeZone);
  const offsetAfter = zoneOffsetMinutes(wallAsUtc + DAY_MS, timeZone);
  const earlier = wallAsUtc - offsetBefore * MINUTE_MS;

  if (offsetBefore === offsetAfter) {
    return earlier;
  }
  const later = wallAsUtc - offsetAfter * MINUTE_MS;
  const earlierIsReal = zoneOffsetMinutes(earlier, timeZone) === offsetBefore;
  const laterIsReal = zoneOffsetMinutes(later, timeZone) === offsetAfter;

  if (earlierIsReal && laterIsReal) {
    return Math.min(earlier, later);
  }
  if (earlierIsReal) {
    return earlier;
  }
  if (laterIsReal) {
    return later;
  }

  return earlier;
}

/** The calendar year at `instantMs` in `timeZone`. */
export function yearInZone(instantMs: number, timeZone: string): number {
  return new Date(instantMs + zoneOffsetMinutes(instantMs, timeZone) * MINUTE_MS).getUTCFullYear();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads the wall-clock time as if it were UTC: the arithmetic base for zone offsets. */
export function wallClockAsUtc(local: LocalDateTime): number {
  const utc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
    local.millisecond,
  );

  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back where they belong.
  return local.year >= 100 ? utc : new Date(utc).setUTCFullYear(local.year);
}

function zoneCacheOf(timeZone: string): ZoneCache {
  let cache = zones.get(timeZone);

  if (cache === undefined) {
    cache = {
      format: new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      }),
      offsets: new Map(),
    };
    zones.set(timeZone, cache);
  }

  return cache;
}

function computeOffsetMinutes(format: Intl.DateTimeFormat, instantMs: number): number {
  const fields: Record<string, string> = {};

  for (const part of format.formatToParts(instantMs)) {
    fields[part.type] = part.value;
  }
  const year = Number(fields.year);
  const wall = wallClockAsUtc({
    year: fields.era === 'BC' ? 1 - year : year,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond: 0,
  });

  return Math.round((wall - instantMs) / MINUTE_MS);
}
