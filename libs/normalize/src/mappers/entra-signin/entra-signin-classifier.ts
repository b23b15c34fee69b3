import { OcsfStatusId } from '@tarn/ocsf';

import { asFiniteNumber, asObject, asText } from '../identity-shared/json-value.util';

export interface SignInStatus {
  statusId: OcsfStatusId;
  code?: string;
  detail?: string;
}

/**
 * Entra reports every sign-in outcome as an AADSTS error code: 0 is success, anything
 * else a failure (interrupts such as 50140 "keep me signed in" included: the sign-in did
 * not complete). The diagnostic envelope's `resultType` carries the same code as text.
 */
export function signInStatusOf(status: unknown, resultType: unknown): SignInStatus | undefined {
  const details = asObject(status);
  const code = asFiniteNumber(details?.errorCode) ?? asFiniteNumber(resultType);

  if (code === undefined) {
    return undefined;
  }
  if (code === 0) {
    return { statusId: OcsfStatusId.Success, code: '0' };
  }
  const detail = asText(details?.failureReason);

  return detail === undefined
    ? { statusId: OcsfStatusId.Failure, code: String(code) }
    : { statusId: OcsfStatusId.Failure, code: String(code), detail };
}

/**
 * Whether the sign-in asked for more than one factor. `authenticationRequirement` says
 * so directly; older records only have `mfaDetail`, present when a second factor ran.
 */
export function isMfaOf(
  authenticationRequirement: unknown,
  mfaDetail: unknown,
): boolean | undefined {
  const requirement = asText(authenticationRequirement)?.toLowerCase();

  if (requirement === 'multifactorauthentication') {
    return true;
  }
  if (requirement === 'singlefactorauthentication') {
    return false;
  }

  return asText(asObject(mfaDetail)?.authMethod) === undefined ? undefined : true;
}

/** OCSF 1.1.0 `auth_protocol_id` values. */
export enum AuthProtocolId {
  Unknown = 0,
  Saml = 5,
  OAuth2 = 6,
  Other = 99,
}

export interface AuthProtocol {
  id: AuthProtocolId;
  caption: string;
}

/**
 * Graph's `authenticationProtocol`. ROPC and the device-code flow are OAuth 2.0 grants,
 * so they map to OAuth 2.0; WS-Federation has no OCSF id and stays "Other" with its name.
 */
const OAUTH2: AuthProtocol = { id: AuthProtocolId.OAuth2, caption: 'OAUTH 2.0' };

const PROTOCOLS: ReadonlyMap<string, AuthProtocol> = new Map([
  ['oauth2', OAUTH2],
  ['ropc', OAUTH2],
  ['devicecode', OAUTH2],
  ['saml20', { id: AuthProtocolId.Saml, caption: 'SAML' }],
]);

export function authProtocolOf(value: unknown): AuthProtocol | undefined {
  const text = asText(value);

  if (text === undefined || text.toLowerCase() === 'none') {
    return undefined;
  }

  return PROTOCOLS.get(text.toLowerCase()) ?? { id: AuthProtocolId.Other, caption: text };
}
