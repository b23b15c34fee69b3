import { SOURCE_TYPES } from '@tarn/normalize';

import { ACCEPTED_CONTENT_TYPES, assertContentTypeAcceptedOrThrow } from './content-type.rules';
import { IntakeException, IntakeExceptionCode } from './intake.exception';

function codeOf(action: () => unknown): IntakeExceptionCode | undefined {
  try {
    action();
  } catch (error) {
    return (error as IntakeException).code;
  }

  return undefined;
}

describe(assertContentTypeAcceptedOrThrow.name, () => {
  it.each(SOURCE_TYPES.map((type) => [type]))(
    'should list at least one content type for %s',
    (type) => {
      expect(ACCEPTED_CONTENT_TYPES[type].length).toBeGreaterThan(0);
    },
  );

  it('should accept NDJSON and JSON for a JSON source, ignoring case and a UTF-8 charset', () => {
    expect(assertContentTypeAcceptedOrThrow('cloudtrail', 'application/x-ndjson')).toBe(
      'application/x-ndjson',
    );
    expect(assertContentTypeAcceptedOrThrow('okta', 'Application/JSON; charset=UTF-8')).toBe(
      'application/json',
    );
  });

  it('should accept plain text for a line format', () => {
    expect(assertContentTypeAcceptedOrThrow('syslog', 'text/plain; charset=utf-8')).toBe(
      'text/plain',
    );
  });

  it.each([
    ['syslog', 'application/json'],
    ['cloudtrail', 'text/plain'],
    ['vpcflow', 'application/octet-stream'],
    ['okta', undefined],
  ] as const)('should refuse %s sent as %j, naming what to send', (type, contentType) => {
    expect(codeOf(() => assertContentTypeAcceptedOrThrow(type, contentType))).toBe(
      IntakeExceptionCode.UnsupportedMediaType,
    );
    expect(() => assertContentTypeAcceptedOrThrow(type, contentType)).toThrow(
      `send one of: ${ACCEPTED_CONTENT_TYPES[type].join(', ')}`,
    );
  });

  it('should refuse a charset other than UTF-8', () => {
    expect(() => assertContentTypeAcceptedOrThrow('syslog', 'text/plain; charset=latin1')).toThrow(
      IntakeException,
    );
  });
});
