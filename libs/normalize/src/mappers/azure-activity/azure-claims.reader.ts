import type { OcsfActor, OcsfAuthorization, OcsfSession, OcsfUser } from '@tarn/ocsf';

import { asFiniteNumber, asObject, asText, isEmailLike } from '../identity-shared/json-value.util';

/** Claims appear under their short JWT names or their WS-* URIs, depending on the token. */
const CLAIM_NAMES = {
  upn: ['upn', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn'],
  name: ['name', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name'],
  objectId: ['oid', 'http://schemas.microsoft.com/identity/claims/objectidentifier'],
  tenantId: ['tid', 'http://schemas.microsoft.com/identity/claims/tenantid'],
  identityProvider: ['idp', 'http://schemas.microsoft.com/identity/claims/identityprovider'],
  appId: ['appid', 'azp'],
  issuer: ['iss'],
  issuedAt: ['iat'],
  expiresAt: ['exp'],
} as const;

/** Every claim key the reader consumes, so the rest can go to `unmapped`. */
export const MAPPED_CLAIMS: ReadonlySet<string> = new Set(Object.values(CLAIM_NAMES).flat());

function claim(claims: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = asText(claims[name]);

    if (value !== undefined) {
      return value;
    }
  }

  return undefined;
}

export function tenantOfClaims(claims: Record<string, unknown> | undefined): string | undefined {
  return claims === undefined ? undefined : claim(claims, CLAIM_NAMES.tenantId);
}

/**
 * The caller of an ARM operation from the token claims and the role that allowed it. A
 * service principal has no UPN: its application id names it. `caller` (REST export
 * shape) is the fallback when no claims were exported.
 */
export function actorOfIdentity(identity: unknown, caller: unknown): OcsfActor {
  const claims = asObject(asObject(identity)?.claims) ?? {};
  const evidence = asObject(asObject(asObject(identity)?.authorization)?.evidence);
  const actor: OcsfActor = {};
  const user = userOf(claims, evidence, asText(caller));
  const session = sessionOf(claims);
  const authorization = authorizationOf(evidence);
  const idp = claim(claims, CLAIM_NAMES.identityProvider);

  if (user !== undefined) {
    actor.user = user;
  }
  if (session !== undefined) {
    actor.session = session;
  }
  if (authorization !== undefined) {
    actor.authorizations = [authorization];
  }
  if (idp !== undefined) {
    actor.idp = { name: idp };
  }

  return actor;
}

function userOf(
  claims: Record<string, unknown>,
  evidence: Record<string, unknown> | undefined,
  caller: string | undefined,
): OcsfUser | undefined {
  const uid = claim(claims, CLAIM_NAMES.objectId) ?? asText(evidence?.principalId);
  const name = claim(claims, CLAIM_NAMES.upn) ?? caller ?? claim(claims, CLAIM_NAMES.appId);
  const fullName = claim(claims, CLAIM_NAMES.name);
  const type = asText(evidence?.principalType);

  if (uid === undefined && name === undefined) {
    return undefined;
  }

  return {
    ...(name === undefined ? {} : { name }),
    ...(uid === undefined ? {} : { uid }),
    ...(fullName === undefined ? {} : { full_name: fullName }),
    ...(name !== undefined && isEmailLike(name) ? { email_addr: name } : {}),
    ...(type === undefined ? {} : { type }),
  };
}

/** The token is the caller's session: who issued it, when, until when (claims are epoch seconds). */
function sessionOf(claims: Record<string, unknown>): OcsfSession | undefined {
  const issuer = claim(claims, CLAIM_NAMES.issuer);
  const issuedAt = asFiniteNumber(claim(claims, CLAIM_NAMES.issuedAt));
  const expiresAt = asFiniteNumber(claim(claims, CLAIM_NAMES.expiresAt));

  if (issuer === undefined && issuedAt === undefined && expiresAt === undefined) {
    return undefined;
  }

  return {
    ...(issuer === undefined ? {} : { issuer }),
    ...(issuedAt === undefined ? {} : { created_time: issuedAt * 1000 }),
    ...(expiresAt === undefined ? {} : { expiration_time: expiresAt * 1000 }),
  };
}

/** The RBAC role assignment that granted the operation. */
function authorizationOf(
  evidence: Record<string, unknown> | undefined,
): OcsfAuthorization | undefined {
  const role = asText(evidence?.role);
  const roleId = asText(evidence?.roleDefinitionId);

  if (role === undefined && roleId === undefined) {
    return undefined;
  }

  return {
    policy: {
      ...(role === undefined ? {} : { name: role }),
      ...(roleId === undefined ? {} : { uid: roleId }),
    },
  };
}
