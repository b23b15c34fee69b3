import { isBearerTokenValid } from './bearer-token';

describe(isBearerTokenValid.name, () => {
  const token = 'x'.repeat(40);

  it('should accept the expected token', () => {
    expect(isBearerTokenValid(`Bearer ${token}`, token)).toBe(true);
  });

  it.each([
    ['no header', undefined],
    ['another scheme', `Basic ${token}`],
    ['a wrong token', 'Bearer nope'],
    ['a token with a suffix', `Bearer ${token}x`],
  ])('should refuse %s', (_, header) => {
    expect(isBearerTokenValid(header, token)).toBe(false);
  });
});
