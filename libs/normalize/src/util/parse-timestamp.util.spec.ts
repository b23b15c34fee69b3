import { RejectionCode } from '../rejection';
import type { MappingError } from './mapping.error';
import { parseTimestamp, requireTimestamp } from './parse-timestamp.util';

const T = Date.UTC(2024, 1, 29, 13, 45, 30, 123);

describe(parseTimestamp.name, () => {
  it.each([
    ['2024-02-29T13:45:30.123Z', T],
    ['2024-02-29T13:45:30.123456789Z', T],
    ['2024-02-29T13:45:30.123', T],
    ['2024-02-29 13:45:30.123', T],
    ['2024-02-29T15:45:30.123+02:00', T],
    ['2024-02-29T11:45:30.123-0200', T],
    ['2024-02-29T15:45:30,123+02', T],
    ['2024-02-29T13:45:30Z', T - 123],
    ['2024-02-29T13:45Z', T - 30_123],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
  ])('should read ISO-8601 %j', (text, expected) => {
    expect(parseTimestamp(text)).toBe(expected);
  });

  it.each([
    [1709214330.123, T],
    [1709214330123, T],
    ['1709214330.123', T],
    ['1709214330123', T],
    [0, 0],
  ])('should read epoch seconds or milliseconds %j', (value, expected) => {
    expect(parseTimestamp(value)).toBe(expected);
  });

  it('should read a Date', () => {
    expect(parseTimestamp(new Date(T))).toBe(T);
  });

  it.each([
    '2023-02-29T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-01-01T24:00:00Z',
    'yesterday',
    'Feb 29 13:45:30',
    '',
    '-5',
    '1e12',
  ])('should return undefined for %j', (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1, 1e20, null, undefined, {}, true])(
    'should return undefined for %p',
    (value) => {
      expect(parseTimestamp(value)).toBeUndefined();
    },
  );

  it('should not backtrack catastrophically on a long hostile string', () => {
    const hostile = `2024-02-29T13:45:30.${'1'.repeat(100_000)}x`;
    const started = Date.now();

    expect(parseTimestamp(hostile)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(100);
  });
});

describe(requireTimestamp.name, () => {
  it('should return epoch milliseconds for a valid value', () => {
    expect(requireTimestamp('2024-02-29T13:45:30.123Z', 'eventTime')).toBe(T);
  });

  it.each([undefined, null, ''])('should throw MISSING_FIELD for %p', (value) => {
    expect(() => requireTimestamp(value, 'eventTime')).toThrow(
      expect.objectContaining({ code: RejectionCode.MissingField }) as MappingError,
    );
  });

  it('should throw INVALID_FIELD naming the field and value', () => {
    expect(() => requireTimestamp('soon', 'eventTime')).toThrow(
      'field "eventTime" has value "soon"; expected an ISO-8601 timestamp or epoch seconds/milliseconds',
    );
  });
});
