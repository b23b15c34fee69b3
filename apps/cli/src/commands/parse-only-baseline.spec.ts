import { detectBaselineMode, parseOnly } from './parse-only-baseline';

describe(detectBaselineMode.name, () => {
  it.each([
    ['a CloudTrail log file', '{"Records":[{"eventName":"x"}]}', 'json-document'],
    ['NDJSON', '{"a":1}\n{"a":2}\n', 'json-lines'],
    [
      'VPC flow lines',
      '2 123 eni-1 10.0.0.1 10.0.0.2 443 5555 6 1 40 1 2 ACCEPT OK\n',
      'text-fields',
    ],
  ])('should choose the parse a mapper needs for %s', (_, batch, mode) => {
    expect(detectBaselineMode(batch)).toBe(mode);
  });
});

describe(parseOnly.name, () => {
  it('should visit every non-empty line of line-oriented input', () => {
    expect(parseOnly('{"a":1}\n\n{"a":2}\n', 'json-lines')).toBe(2);
    expect(parseOnly('a b c\nd e\n', 'text-fields')).toBe(5);
  });
});
