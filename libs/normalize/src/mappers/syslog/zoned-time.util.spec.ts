import {
  localTimeToEpochMs,
  isValidTimeZone,
  yearInZone,
  zoneOffsetMinutes,
} from './zoned-time.util';
import type { LocalDateTime } from './syslog.types';

const at = (iso: string): LocalDateTime => {
  const [date, time] = iso.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute, second] = time.split(':').map(Number);

  return { year, month, day, hour, minute, second, millisecond: 0 };
};

describe('zoned time', () => {
  describe(zoneOffsetMinutes.name, () => {
    it('should give +60 for Paris in winter and +120 in summer', () => {
      expect(zoneOffsetMinutes(Date.parse('2024-01-15T12:00:00Z'), 'Europe/Paris')).toBe(60);
      expect(zoneOffsetMinutes(Date.parse('2024-07-15T12:00:00Z'), 'Europe/Paris')).toBe(120);
    });

    it('should give negative offsets west of UTC and quarter hours where zones use them', () => {
      expect(zoneOffsetMinutes(Date.parse('2024-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
      expect(zoneOffsetMinutes(Date.parse('2024-01-15T12:00:00Z'), 'Asia/Kathmandu')).toBe(345);
    });

    it('should switch exactly at the DST instant', () => {
      // Europe moves clocks forward at 01:00 UTC on the last Sunday of March (2024-03-31).
      expect(zoneOffsetMinutes(Date.parse('2024-03-31T00:59:59Z'), 'Europe/Paris')).toBe(60);
      expect(zoneOffsetMinutes(Date.parse('2024-03-31T01:00:00Z'), 'Europe/Paris')).toBe(120);
    });
  });

  describe(localTimeToEpochMs.name, () => {
    it('should read a wall-clock time in the zone in force that day', () => {
      expect(localTimeToEpochMs(at('2024-01-15T08:30:00'), 'Europe/Paris')).toBe(
        Date.parse('2024-01-15T07:30:00Z'),
      );
      expect(localTimeToEpochMs(at('2024-07-15T08:30:00'), 'America/New_York')).toBe(
        Date.parse('2024-07-15T12:30:00Z'),
      );
    });

    it('should take the earlier instant when clocks set back make a time occur twice', () => {
      // 2024-11-03 01:30 happens at -04:00 and again at -05:00 in New York.
      expect(localTimeToEpochMs(at('2024-11-03T01:30:00'), 'America/New_York')).toBe(
        Date.parse('2024-11-03T05:30:00Z'),
      );
    });

    it('should land just after the gap when clocks moving forward skip the time', () => {
      // 2024-03-31 02:30 does not exist in Paris; read with the winter offset it is 03:30 CEST.
      expect(localTimeToEpochMs(at('2024-03-31T02:30:00'), 'Europe/Paris')).toBe(
        Date.parse('2024-03-31T01:30:00Z'),
      );
    });

    it('should treat UTC as UTC', () => {
      expect(localTimeToEpochMs(at('2023-12-31T23:59:59'), 'UTC')).toBe(
        Date.parse('2023-12-31T23:59:59Z'),
      );
    });
  });

  describe(yearInZone.name, () => {
    it('should give the local year where it differs from the UTC year', () => {
      expect(yearInZone(Date.parse('2024-12-31T23:30:00Z'), 'Asia/Tokyo')).toBe(2025);
      expect(yearInZone(Date.parse('2025-01-01T00:30:00Z'), 'America/Los_Angeles')).toBe(2024);
    });
  });

  describe(isValidTimeZone.name, () => {
    it('should accept IANA names and refuse unknown ones', () => {
      expect(isValidTimeZone('Europe/Berlin')).toBe(true);
      expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    });
  });
});
