import { OcsfStatusId } from '@tarn/ocsf';

import { authProtocolOf, isMfaOf, signInStatusOf } from './entra-signin-classifier';

describe(signInStatusOf.name, () => {
  it('should treat error code 0 as success and anything else as failure with the reason', () => {
    expect(signInStatusOf({ errorCode: 0 }, undefined)).toEqual({
      statusId: OcsfStatusId.Success,
      code: '0',
    });
    expect(signInStatusOf({ errorCode: 50126, failureReason: 'Bad password' }, undefined)).toEqual({
      statusId: OcsfStatusId.Failure,
      code: '50126',
      detail: 'Bad password',
    });
  });

  it('should fall back to the envelope resultType when status is missing', () => {
    expect(signInStatusOf(undefined, '50140')?.statusId).toBe(OcsfStatusId.Failure);
    expect(signInStatusOf(undefined, undefined)).toBeUndefined();
  });
});

describe(isMfaOf.name, () => {
  it('should read the requirement first and mfaDetail second', () => {
    expect(isMfaOf('multiFactorAuthentication', undefined)).toBe(true);
    expect(isMfaOf('singleFactorAuthentication', { authMethod: 'SMS' })).toBe(false);
    expect(isMfaOf(undefined, { authMethod: 'SMS' })).toBe(true);
    expect(isMfaOf(undefined, undefined)).toBeUndefined();
  });
});

describe(authProtocolOf.name, () => {
  it('should map OAuth grants and SAML, keep others as Other, and skip none', () => {
    expect(authProtocolOf('ropc')).toEqual({ id: 6, caption: 'OAUTH 2.0' });
    expect(authProtocolOf('saml20')).toEqual({ id: 5, caption: 'SAML' });
    expect(authProtocolOf('wsFederation')).toEqual({ id: 99, caption: 'wsFederation' });
    expect(authProtocolOf('none')).toBeUndefined();
    expect(authProtocolOf('__proto__')).toEqual({ id: 99, caption: '__proto__' });
  });
});
