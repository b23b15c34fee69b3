import { RejectionCode } from '../../rejection';
import { MappingError } from '../../util/mapping.error';
import type { SyslogClock } from './syslog-line.parser';
import { parseSyslogLineOrThrow } from './syslog-line.parser';

const clock: SyslogClock = { timeZone: 'UTC', nowMs: Date.parse('2024-06-15T12:00:00Z') };

function reasonOf(line: string): string {
  try {
    parseSyslogLineOrThrow(line, clock);
  } catch (error) {
    return error instanceof MappingError ? `${error.code}: ${error.message}` : String(error);
  }

  return 'parsed';
}

describe(parseSyslogLineOrThrow.name, () => {
  const sut = parseSyslogLineOrThrow;

  describe('RFC 5424', () => {
    it('should read every header field and the message', () => {
      expect(sut('<165>1 2024-03-05T22:14:15.123Z host app 42 ID7 - hello there', clock)).toEqual({
        format: 'rfc5424',
        priority: { facility: 20, severity: 5 },
        time: Date.parse('2024-03-05T22:14:15.123Z'),
        timezoneOffset: 0,
        timestampText: '2024-03-05T22:14:15.123Z',
        hostname: 'host',
        appName: 'app',
        procId: '42',
        msgId: 'ID7',
        structuredData: undefined,
        message: 'hello there',
      });
    });

    it('should treat NILVALUE as absent in every header field', () => {
      const line = sut('<0>1 - - - - - -', clock);

      expect(line).toMatchObject({ format: 'rfc5424', message: '' });
      expect(line.time).toBeUndefined();
      expect(line.hostname).toBeUndefined();
      expect(line.structuredData).toBeUndefined();
    });

    it('should truncate microseconds to milliseconds and apply the offset', () => {
      const line = sut('<14>1 2024-01-01T10:00:00.999999+02:00 h a - - - m', clock);

      expect(line.time).toBe(Date.parse('2024-01-01T08:00:00.999Z'));
      expect(line.timezoneOffset).toBe(120);
    });

    it('should read several SD elements, unescape \\" \\\\ \\] and keep other backslashes', () => {
      const line = sut('<14>1 - h a - - [a x="1"][b y="q\\"\\\\\\]\\n" z=""] m', clock);

      expect(line.structuredData).toEqual([
        { id: 'a', params: [['x', '1']] },
        {
          id: 'b',
          params: [
            ['y', 'q"\\]\\n'],
            ['z', ''],
          ],
        },
      ]);
      expect(line.message).toBe('m');
    });

    it('should not end a parameter value at an escaped bracket or quote', () => {
      expect(sut('<14>1 - h a - - [a x="]\\"]"] m', clock).structuredData).toEqual([
        { id: 'a', params: [['x', ']"]']] },
      ]);
    });

    it('should strip a UTF-8 byte order mark at the start of MSG', () => {
      expect(sut('<14>1 - h a - - - \uFEFFtext', clock).message).toBe('text');
    });
  });

  describe('RFC 3164', () => {
    it('should read a space-padded day, host, tag and pid', () => {
      expect(sut('<38>Jun  5 01:02:03 web sshd[99]: hi', clock)).toMatchObject({
        format: 'rfc3164',
        priority: { facility: 4, severity: 6 },
        time: Date.parse('2024-06-05T01:02:03Z'),
        hostname: 'web',
        appName: 'sshd',
        procId: '99',
        message: 'hi',
      });
    });

    it('should accept lines without PRI, as local files have them', () => {
      expect(sut('Jun 15 11:00:00 web cron: job', clock)).toMatchObject({
        priority: undefined,
        hostname: 'web',
        appName: 'cron',
        message: 'job',
      });
    });

    it('should recognise a missing hostname when a tag comes right after the timestamp', () => {
      expect(sut('<13>Jun 15 11:00:00 app[7]: text', clock)).toMatchObject({
        hostname: undefined,
        appName: 'app',
        procId: '7',
        message: 'text',
      });
    });

    it('should keep all text as the message when there is no tag', () => {
      expect(sut('Jun 15 11:00:00 web just words here', clock)).toMatchObject({
        hostname: 'web',
        appName: undefined,
        message: 'just words here',
      });
    });

    it('should take last year for a date more than a day ahead of now', () => {
      expect(sut('Dec 24 18:00:00 h a: x', clock).time).toBe(Date.parse('2023-12-24T18:00:00Z'));
      expect(sut('Jun 16 11:00:00 h a: x', clock).time).toBe(Date.parse('2024-06-16T11:00:00Z'));
    });

    it('should read the RFC 3339 timestamps rsyslog writes to files', () => {
      expect(sut('2024-06-01T08:00:00.5-04:00 h a: x', clock).time).toBe(
        Date.parse('2024-06-01T12:00:00.500Z'),
      );
    });
  });

  describe('rejections', () => {
    it.each([
      ['<192>1 - - - - - -', "PRI '<192>' is out of range 0-191"],
      ['<1a>1 - - - - - -', "PRI '<1a>1 - - - - - -' is not closed by '>' within 3 digits"],
      [
        'Foo 12 10:00:00 host x: y',
        "timestamp 'Foo 12 10:00:00 host x: y' is not RFC 3164 or RFC 3339",
      ],
      ['Feb 30 10:00:00 host x: y', "timestamp 'Feb 30 10:00:00' is not a valid date and time"],
      [
        '<14>1 2024-01-01T25:00:00Z h a - - - m',
        "timestamp '2024-01-01T25:00:00Z' is not a valid date and time",
      ],
      ['<14>1 2024-01-01T10:00:00Z h a - - x m', "STRUCTURED-DATA must be '-' or start with '['"],
      ['<14>1 - h a - - [a x=1] m', "expected '\"' to open the value of 'x'"],
      ['<14>1 - h a - - [a x="1] m', "the value of 'x' has no closing '\"'"],
      ['<14>1 - h a - - -m', "expected ' ' after STRUCTURED-DATA"],
    ])('should reject %j as malformed, saying why', (line, reason) => {
      expect(reasonOf(line)).toContain(`${RejectionCode.MalformedRecord}: `);
      expect(reasonOf(line)).toContain(reason);
    });

    it('should reject a zone-less timestamp when the configured zone is unknown', () => {
      const badClock = { ...clock, timeZoneError: 'option timeZone is bad' };

      expect(() => parseSyslogLineOrThrow('Jun  1 10:00:00 h a: x', badClock)).toThrow(
        'option timeZone is bad',
      );
    });

    it('should stay linear on a huge hostile line', () => {
      const line = `<14>1 - h a - - [a x="${'\\'.repeat(200_000)}`;
      const started = performance.now();

      expect(reasonOf(line)).toContain('has no closing');
      expect(performance.now() - started).toBeLessThan(1000);
    });
  });
});
