import { parseCreateSourceRequestOrThrow } from './create-source.request';
import { SourceExceptionCode } from './source.exception';

describe(parseCreateSourceRequestOrThrow.name, () => {
  it('should pass a well-formed body through', () => {
    const body = { name: 'a', type: 'okta', region: 'us-east-1', accountId: '1' };

    expect(parseCreateSourceRequestOrThrow(body)).toEqual(body);
  });

  it.each([
    [
      { name: 'a', type: 'okta', keyHash: 'x' },
      'unknown field "keyHash"; allowed fields: name, type, region, accountId',
    ],
    [{ name: 5, type: 'okta' }, 'name must be a string, got number'],
    [{ type: 'okta' }, 'name is required'],
    [{ name: 'a', type: 'okta', region: null }, 'region must be a string, got null'],
    [[], 'body must be a JSON object, got array'],
    [undefined, 'body is required'],
  ])('should throw SOURCE_INVALID naming the field for %j', (body, message) => {
    expect(() => parseCreateSourceRequestOrThrow(body)).toThrow(
      expect.objectContaining({ code: SourceExceptionCode.Invalid, message }) as Error,
    );
  });
});
