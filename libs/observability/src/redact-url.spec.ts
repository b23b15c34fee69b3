import { redactUrl } from './redact-url';

describe(redactUrl.name, () => {
  it('should hide the password when the URL has one', () => {
    expect(redactUrl('postgres://tarn:s3cret@127.0.0.1:55432/tarn')).toBe(
      'postgres://tarn:***@127.0.0.1:55432/tarn',
    );
  });

  it('should hide a password-only userinfo as Redis URLs use it', () => {
    expect(redactUrl('redis://:s3cret@127.0.0.1:56379')).not.toContain('s3cret');
  });

  it('should not echo an unparseable value because it may be a secret', () => {
    expect(redactUrl('not a url with s3cret')).toBe('(unparseable URL)');
  });
});
