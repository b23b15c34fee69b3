import type { OcsfActor, OcsfAuthorization, OcsfPolicy, OcsfSession, OcsfUser } from '@tarn/ocsf';

import { accountOfArn } from '../aws-shared/aws-arn.util';
import { asArray, asObject, asText } from '../aws-shared/aws-value.util';
import type { K8sUserInfo } from './eks-audit.types';

/** `user.extra` keys the AWS IAM authenticator adds; mapped to the user and session. */
const IAM_EXTRA_KEYS: ReadonlySet<string> = new Set([
  'arn',
  'canonicalArn',
  'sessionName',
  'accessKeyId',
]);

const DECISION_ANNOTATION = 'authorization.k8s.io/decision';
const REASON_ANNOTATION = 'authorization.k8s.io/reason';

/** OCSF user type "System": Kubernetes reserves the `system:` prefix for its own principals. */
const SYSTEM_USER_TYPE_ID = 3;
const SYSTEM_PREFIX = 'system:';

const RBAC_REASON_PREFIX = 'RBAC: ';

/** Whether buildActor placed an annotation in `actor.authorizations`. */
export function isMappedAnnotation(key: string, value: unknown): boolean {
  return (
    key === DECISION_ANNOTATION ||
    (key === REASON_ANNOTATION &&
      (value === '' || rbacPolicyOf(typeof value === 'string' ? value : undefined) !== undefined))
  );
}

export interface ActorResult {
  actor: OcsfActor;
  /** `user.extra` entries that have no OCSF home. */
  unmappedExtra?: Record<string, unknown>;
}

/**
 * The authenticated caller. EKS's IAM authenticator puts the IAM identity in `user.extra`
 * (lists of one string each): the STS session ARN, the role it was assumed from, the session
 * name and the access key, which read as the actor's session.
 */
export function buildActor(
  rawUser: K8sUserInfo | undefined,
  annotations: Record<string, unknown> | undefined,
): ActorResult {
  const actor: OcsfActor = {};
  const extra = asObject(rawUser?.extra);
  const user = buildUser(rawUser, extra);
  const session = buildSession(extra);
  const authorization = buildAuthorization(annotations);

  if (user !== undefined) {
    actor.user = user;
  }
  if (session !== undefined) {
    actor.session = session;
  }
  if (authorization !== undefined) {
    actor.authorizations = [authorization];
  }
  const unmappedExtra = leftoverExtra(extra);

  return unmappedExtra === undefined ? { actor } : { actor, unmappedExtra };
}

function buildUser(
  rawUser: K8sUserInfo | undefined,
  extra: Record<string, unknown> | undefined,
): OcsfUser | undefined {
  const name = asText(rawUser?.username);
  const uid = asText(rawUser?.uid);
  const arn = firstOf(extra?.arn);
  const groups = asArray(rawUser?.groups).filter(
    (group): group is string => typeof group === 'string' && group.length > 0,
  );

  if (name === undefined && uid === undefined && arn === undefined && groups.length === 0) {
    return undefined;
  }
  const user: OcsfUser = {};

  if (name !== undefined) {
    user.name = name;
    if (name.startsWith(SYSTEM_PREFIX)) {
      user.type_id = SYSTEM_USER_TYPE_ID;
    }
  }
  if (uid !== undefined) {
    user.uid = uid;
  }
  if (arn !== undefined) {
    user.uid_alt = arn;
    const account = accountOfArn(arn);

    if (account !== undefined) {
      user.account = { uid: account };
    }
  }
  if (groups.length > 0) {
    user.groups = groups.map((group) => ({ name: group }));
  }

  return user;
}

function buildSession(extra: Record<string, unknown> | undefined): OcsfSession | undefined {
  const issuer = firstOf(extra?.canonicalArn);
  const uid = firstOf(extra?.sessionName);
  const credentialUid = firstOf(extra?.accessKeyId);

  if (issuer === undefined && uid === undefined && credentialUid === undefined) {
    return undefined;
  }
  const session: OcsfSession = {};

  if (uid !== undefined) {
    session.uid = uid;
  }
  if (issuer !== undefined) {
    session.issuer = issuer;
  }
  if (credentialUid !== undefined) {
    session.credential_uid = credentialUid;
  }

  return session;
}

/**
 * The authorizer's verdict (`allow` / `forbid`). When RBAC names the binding that allowed the
 * request, that binding is the policy; any other reason stays in `unmapped` (OCSF requires a
 * policy to have a name or uid).
 */
function buildAuthorization(
  annotations: Record<string, unknown> | undefined,
): OcsfAuthorization | undefined {
  const decision = asText(annotations?.[DECISION_ANNOTATION]);
  const policy = rbacPolicyOf(asText(annotations?.[REASON_ANNOTATION]));

  if (decision === undefined && policy === undefined) {
    return undefined;
  }
  const authorization: OcsfAuthorization = {};

  if (decision !== undefined) {
    authorization.decision = decision;
  }
  if (policy !== undefined) {
    authorization.policy = policy;
  }

  return authorization;
}

/** `RBAC: allowed by ClusterRoleBinding "<name>" of ClusterRole "<role>" to …`. */
export function rbacPolicyOf(reason: string | undefined): OcsfPolicy | undefined {
  if (reason?.startsWith(RBAC_REASON_PREFIX) !== true) {
    return undefined;
  }
  const open = reason.indexOf('"');
  const close = open < 0 ? -1 : reason.indexOf('"', open + 1);

  return close > open + 1 ? { name: reason.slice(open + 1, close), desc: reason } : undefined;
}

function leftoverExtra(
  extra: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (extra === undefined) {
    return undefined;
  }
  const leftover: Record<string, unknown> = {};
  let found = false;

  for (const key of Object.keys(extra)) {
    if (!IAM_EXTRA_KEYS.has(key)) {
      leftover[key] = extra[key];
      found = true;
    }
  }

  return found ? leftover : undefined;
}

/** `user.extra` values are string lists; the authenticator sets exactly one value each. */
function firstOf(value: unknown): string | undefined {
  return Array.isArray(value) ? asText(value[0]) : asText(value);
}
