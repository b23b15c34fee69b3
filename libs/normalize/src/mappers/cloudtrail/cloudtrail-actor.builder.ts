import type { OcsfActor, OcsfNetworkEndpoint, OcsfSession, OcsfUser } from '@tarn/ocsf';

import { parseTimestamp } from '../../util/parse-timestamp.util';
import { asObject, asText, isValidIp } from '../aws-shared/aws-value.util';

/** `userIdentity.type` → OCSF user type_id (Root administers the account; services are System). */
const USER_TYPE_IDS: Readonly<Record<string, number>> = {
  IAMUser: 1,
  IdentityCenterUser: 1,
  Root: 2,
  AWSService: 3,
};

/** The caller, from `userIdentity`; undefined when the record has no identity at all. */
export function buildActor(
  userIdentity: Record<string, unknown> | undefined,
): OcsfActor | undefined {
  if (userIdentity === undefined) {
    return undefined;
  }
  const actor: OcsfActor = {};
  const user = buildIdentityUser(userIdentity);
  const sessionContext = asObject(userIdentity.sessionContext);
  const session = sessionContext === undefined ? undefined : buildSession(sessionContext);
  const invokedBy = asText(userIdentity.invokedBy);
  const idpName =
    asText(asObject(sessionContext?.webIdFederationData)?.federatedProvider) ??
    asText(userIdentity.identityProvider);

  if (user !== undefined) {
    actor.user = user;
  }
  if (session !== undefined) {
    actor.session = session;
  }
  if (invokedBy !== undefined) {
    actor.invoked_by = invokedBy;
  }
  if (idpName !== undefined) {
    actor.idp = { name: idpName };
  }

  return Object.keys(actor).length > 0 ? actor : undefined;
}

export function buildIdentityUser(userIdentity: Record<string, unknown>): OcsfUser | undefined {
  const user: OcsfUser = {};
  const type = asText(userIdentity.type);
  const uid = asText(userIdentity.arn);
  const uidAlt =
    asText(asObject(userIdentity.onBehalfOf)?.userId) ?? asText(userIdentity.principalId);
  const name = asText(userIdentity.userName);
  const accountUid = asText(userIdentity.accountId);
  const credentialUid = asText(userIdentity.accessKeyId) ?? asText(userIdentity.credentialId);

  if (type !== undefined) {
    user.type = type;
    user.type_id = USER_TYPE_IDS[type] ?? 99;
  }
  if (uid !== undefined) {
    user.uid = uid;
  }
  if (uidAlt !== undefined) {
    user.uid_alt = uidAlt;
  }
  if (name !== undefined) {
    user.name = name;
  }
  if (accountUid !== undefined) {
    user.account = { uid: accountUid };
  }
  if (credentialUid !== undefined) {
    user.credential_uid = credentialUid;
  }

  return user.uid !== undefined || user.name !== undefined || user.account !== undefined
    ? user
    : undefined;
}

function buildSession(sessionContext: Record<string, unknown>): OcsfSession | undefined {
  const session: OcsfSession = {};
  const issuer = asText(asObject(sessionContext.sessionIssuer)?.arn);
  const attributes = asObject(sessionContext.attributes);
  const createdTime = parseTimestamp(attributes?.creationDate);
  const mfa = asText(attributes?.mfaAuthenticated);

  if (issuer !== undefined) {
    session.issuer = issuer;
  }
  if (createdTime !== undefined) {
    session.created_time = createdTime;
  }
  if (mfa === 'true' || mfa === 'false') {
    session.is_mfa = mfa === 'true';
  }

  return Object.keys(session).length > 0 ? session : undefined;
}

/**
 * `sourceIPAddress` is an IP for direct callers, but an AWS service's endpoint name
 * ("s3.amazonaws.com") or "AWS Internal" when a service called on someone's behalf.
 */
export function buildSourceEndpoint(record: Record<string, unknown>): OcsfNetworkEndpoint {
  const endpoint: OcsfNetworkEndpoint = {};
  const source = asText(record.sourceIPAddress);
  const vpcEndpointId = asText(record.vpcEndpointId);

  if (source !== undefined && isValidIp(source)) {
    endpoint.ip = source;
  } else if (source !== undefined) {
    endpoint.svc_name = source;
    if (source.includes('.')) {
      endpoint.domain = source;
    }
  }
  if (vpcEndpointId !== undefined) {
    endpoint.uid = vpcEndpointId;
  }

  return endpoint;
}
