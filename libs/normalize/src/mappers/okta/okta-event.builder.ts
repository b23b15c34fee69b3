import type {
  OcsfAccountChangeEvent,
  OcsfActor,
  OcsfApiActivityEvent,
  OcsfAuthenticationEvent,
  OcsfBaseEvent,
  OcsfDevice,
  OcsfEvent,
  OcsfHttpRequest,
  OcsfNetworkEndpoint,
  OcsfProduct,
  OcsfUser,
} from '@tarn/ocsf';
import { finalizeEvent, OcsfSeverityId, OcsfStatusId } from '@tarn/ocsf';

import type { NormalizeOptions } from '../../source-mapper.interface';
import { extendObject } from '../../util/extend-object.util';
import { missingFieldError } from '../../util/mapping.error';
import { requireTimestamp } from '../../util/parse-timestamp.util';
import {
  buildLocation,
  optionalEndpoint,
  requiredSourceEndpoint,
  saasCloud,
} from '../identity-shared/identity-event.util';
import {
  asBoolean,
  asIp,
  asObject,
  asObjectArray,
  asText,
  isEmailLike,
} from '../identity-shared/json-value.util';
import { addUnmapped, collectLeftovers } from '../identity-shared/leftovers.util';
import { osFromName } from '../identity-shared/os-type.util';
import { chooseOktaClass } from './okta-class-selector';
import type { OktaClassChoice } from './okta-class-selector';
import type { OktaActor, OktaLogEvent } from './okta.types';

export const OKTA_PRODUCT: OcsfProduct = {
  name: 'Okta',
  vendor_name: 'Okta',
  feature: { name: 'System Log' },
};

const OKTA_SERVICE = { name: 'Okta' };

/** Okta severities are log levels; WARN and ERROR flag events an operator should look at. */
const SEVERITY_BY_LEVEL: ReadonlyMap<string, OcsfSeverityId> = new Map([
  ['DEBUG', OcsfSeverityId.Informational],
  ['INFO', OcsfSeverityId.Informational],
  ['WARN', OcsfSeverityId.Medium],
  ['ERROR', OcsfSeverityId.High],
]);

/** `outcome.result` values; CHALLENGE and SKIPPED are neither success nor failure. */
const STATUS_BY_RESULT: ReadonlyMap<string, OcsfStatusId> = new Map([
  ['SUCCESS', OcsfStatusId.Success],
  ['ALLOW', OcsfStatusId.Success],
  ['FAILURE', OcsfStatusId.Failure],
  ['DENY', OcsfStatusId.Failure],
  ['UNKNOWN', OcsfStatusId.Unknown],
]);

/** User types by Okta actor/target `type`. */
const USER_TYPE_BY_OKTA_TYPE: ReadonlyMap<string, { type_id: number; type: string }> = new Map([
  ['User', { type_id: 1, type: 'User' }],
  ['SystemPrincipal', { type_id: 3, type: 'System' }],
]);

const MAPPED_FIELDS: ReadonlySet<string> = new Set([
  'uuid',
  'published',
  'eventType',
  'version',
  'severity',
  'displayMessage',
  'actor',
  'client',
  'device',
  'outcome',
  'target',
  'transaction',
  'debugContext',
  'authenticationContext',
  'securityContext',
]);

/** A parsed Okta event on its way to OCSF: the shared attributes and the leftovers. */
interface OktaDraft {
  record: OktaLogEvent;
  choice: OktaClassChoice;
  eventType: string;
  base: Omit<OcsfBaseEvent, 'class_uid' | 'category_uid'>;
  actor: OcsfActor;
  actorUser: OcsfUser;
  source: OcsfNetworkEndpoint;
  httpRequest?: OcsfHttpRequest;
  device?: OcsfDevice;
  targets: Record<string, unknown>[];
  usedTargets: Set<Record<string, unknown>>;
}

/** One Okta System Log event as OCSF (class per `okta-class-selector`). */
export function buildOktaEvent(record: OktaLogEvent, options: NormalizeOptions): OcsfEvent {
  const draft = draftOf(record, options);
  const event = eventOf(draft);

  event.unmapped = unmappedOf(draft);
  if (event.unmapped === undefined) {
    delete event.unmapped;
  }
  if (options.keepRawData === true) {
    event.raw_data = JSON.stringify(record);
  }

  return finalizeEvent(event);
}

function draftOf(record: OktaLogEvent, options: NormalizeOptions): OktaDraft {
  const eventType = asText(record.eventType);

  if (eventType === undefined) {
    throw missingFieldError('eventType');
  }
  const actorUser = userOf(asObject(record.actor) ?? {});

  if (actorUser === undefined) {
    throw missingFieldError('actor.id');
  }
  const debugData = asObject(asObject(record.debugContext)?.debugData);

  return {
    record,
    choice: chooseOktaClass(eventType),
    eventType,
    base: baseOf(record, eventType, options),
    actor: actorOf(record, actorUser),
    actorUser,
    source: sourceOf(record),
    httpRequest: httpRequestOf(asObject(record.client), debugData),
    device: deviceOf(asObject(record.device)),
    targets: asObjectArray(record.target),
    usedTargets: new Set(),
  };
}

function baseOf(
  record: OktaLogEvent,
  eventType: string,
  options: NormalizeOptions,
): OktaDraft['base'] {
  const base: OktaDraft['base'] = {
    activity_id: 0,
    type_uid: 0,
    severity_id:
      SEVERITY_BY_LEVEL.get(asText(record.severity) ?? '') ?? OcsfSeverityId.Informational,
    time: requireTimestamp(record.published, 'published'),
    metadata: { version: '1.1.0', product: OKTA_PRODUCT, event_code: eventType },
  };
  const uid = asText(record.uuid);
  const logVersion = asText(record.version);
  const transaction = asText(asObject(record.transaction)?.id);
  const message = asText(record.displayMessage);
  const cloud = saasCloud(options);

  if (uid !== undefined) {
    base.metadata.uid = uid;
  }
  if (logVersion !== undefined) {
    base.metadata.log_version = logVersion;
  }
  // One transaction is one request to Okta: the events it caused belong together.
  if (transaction !== undefined) {
    base.metadata.correlation_uid = transaction;
  }
  if (options.cloud?.accountUid !== undefined) {
    base.metadata.tenant_uid = options.cloud.accountUid;
  }
  if (message !== undefined) {
    base.message = message;
  }
  if (cloud !== undefined) {
    base.cloud = cloud;
  }
  fillOutcome(base, asObject(record.outcome));

  return base;
}

function fillOutcome(base: OktaDraft['base'], outcome: Record<string, unknown> | undefined): void {
  const result = asText(outcome?.result);

  if (result === undefined) {
    return;
  }
  const reason = asText(outcome?.reason);

  const statusId = STATUS_BY_RESULT.get(result);

  base.status_id = statusId ?? OcsfStatusId.Other;
  base.status_code = result;
  if (statusId === undefined) {
    base.status = result;
  }
  if (reason !== undefined) {
    base.status_detail = reason;
  }
}

/** An Okta actor or target of a user-like type as an OCSF user; `alternateId` is the login. */
function userOf(entity: OktaActor): OcsfUser | undefined {
  const uid = knownText(entity.id);
  const login = knownText(entity.alternateId);

  if (uid === undefined && login === undefined) {
    return undefined;
  }
  const user: OcsfUser = {};
  const fullName = knownText(entity.displayName);
  const type = USER_TYPE_BY_OKTA_TYPE.get(asText(entity.type) ?? '');

  if (login !== undefined) {
    user.name = login;
    if (isEmailLike(login)) {
      user.email_addr = login;
    }
  }
  if (uid !== undefined) {
    user.uid = uid;
  }
  if (fullName !== undefined) {
    user.full_name = fullName;
  }
  if (type !== undefined) {
    user.type_id = type.type_id;
    user.type = type.type;
  } else if (asText(entity.type) !== undefined) {
    user.type_id = 99;
    user.type = asText(entity.type);
  }

  return user;
}

/** Okta writes the literal "unknown" where it could not resolve an id or name. */
function knownText(value: unknown): string | undefined {
  const text = asText(value);

  return text === 'unknown' ? undefined : text;
}

function actorOf(record: OktaLogEvent, actorUser: OcsfUser): OcsfActor {
  const actor: OcsfActor = { user: actorUser };
  const session = asText(asObject(record.authenticationContext)?.externalSessionId);

  if (session !== undefined && session !== 'unknown') {
    actor.session = { uid: session };
  }

  return actor;
}

function sourceOf(record: OktaLogEvent): OcsfNetworkEndpoint {
  const client = asObject(record.client);
  const security = asObject(record.securityContext);
  const geo = asObject(client?.geographicalContext);
  const point = asObject(geo?.geolocation);
  const source: OcsfNetworkEndpoint = {};
  const ip = asIp(client?.ipAddress);
  const location = buildLocation({
    city: geo?.city,
    region: geo?.state,
    country: geo?.country,
    postalCode: geo?.postalCode,
    latitude: point?.lat,
    longitude: point?.lon,
    isp: security?.isp,
  });
  const domain = asText(security?.domain);
  const osName = asText(asObject(client?.userAgent)?.os);

  if (ip !== undefined) {
    source.ip = ip;
  }
  if (location !== undefined) {
    source.location = location;
  }
  if (domain !== undefined) {
    source.domain = domain;
  }
  if (osName !== undefined && osName.toLowerCase() !== 'unknown') {
    source.os = osFromName(osName);
  }

  return source;
}

function httpRequestOf(
  client: Record<string, unknown> | undefined,
  debugData: Record<string, unknown> | undefined,
): OcsfHttpRequest | undefined {
  const userAgent = asText(asObject(client?.userAgent)?.rawUserAgent);
  const requestId = asText(debugData?.requestId);

  if (userAgent === undefined && requestId === undefined) {
    return undefined;
  }

  return {
    ...(userAgent === undefined || userAgent === 'UNKNOWN' ? {} : { user_agent: userAgent }),
    ...(requestId === undefined ? {} : { uid: requestId }),
  };
}

/** Okta's Device Assurance `device` block (present on newer sign-in events). */
function deviceOf(device: Record<string, unknown> | undefined): OcsfDevice | undefined {
  const uid = asText(device?.id);
  const name = asText(device?.name);

  if (uid === undefined && name === undefined) {
    return undefined;
  }
  const result: OcsfDevice = { type_id: 0, type: 'Unknown' };
  const platform = asText(device?.os_platform);
  const managed = asBoolean(device?.managed);

  if (uid !== undefined) {
    result.uid = uid;
  }
  if (name !== undefined) {
    result.name = name;
  }
  if (platform !== undefined) {
    result.os = { ...osFromName(platform), ...versionOf(device?.os_version) };
  }
  if (managed !== undefined) {
    result.is_managed = managed;
  }

  return result;
}

function versionOf(value: unknown): { version?: string } {
  const version = asText(value);

  return version === undefined ? {} : { version };
}

function eventOf(draft: OktaDraft): OcsfEvent {
  switch (draft.choice.kind) {
    case 'authentication':
      return authenticationOf(draft);
    case 'account-change':
      return accountChangeOf(draft);
    case 'api-activity':
      return apiActivityOf(draft);
  }
}

function authenticationOf(draft: OktaDraft): OcsfAuthenticationEvent {
  const app = firstTarget(draft, 'AppInstance');
  const event: OcsfAuthenticationEvent = extendObject(draft.base, {
    class_uid: 3002,
    category_uid: 3,
    activity_id: draft.choice.activityId,
    user: { ...draft.actorUser },
    actor: draft.actor,
    // Signing in to Okta itself has no app target: the service is Okta.
    service: app === undefined ? OKTA_SERVICE : serviceOf(app),
  });

  if (draft.eventType === 'user.authentication.auth_via_mfa') {
    event.is_mfa = true;
  }
  if (draft.actor.session?.uid !== undefined) {
    event.session = { uid: draft.actor.session.uid };
  }
  attachCommon(event, draft);

  return event;
}

function accountChangeOf(draft: OktaDraft): OcsfAccountChangeEvent {
  const target = firstTarget(draft, 'User');
  const user = (target === undefined ? undefined : userOf(target)) ?? { ...draft.actorUser };
  const groups = allTargets(draft, 'UserGroup').map((group) => ({
    ...(asText(group.id) === undefined ? {} : { uid: asText(group.id) }),
    ...(asText(group.displayName) === undefined ? {} : { name: asText(group.displayName) }),
  }));

  if (groups.length > 0) {
    user.groups = groups;
  }
  const event: OcsfAccountChangeEvent = extendObject(draft.base, {
    class_uid: 3001,
    category_uid: 3,
    activity_id: draft.choice.activityId,
    user,
    actor: draft.actor,
  });

  if (draft.choice.activityId === 99) {
    event.activity_name = draft.eventType;
  }
  attachCommon(event, draft);

  return event;
}

function apiActivityOf(draft: OktaDraft): OcsfApiActivityEvent {
  const requestId = draft.httpRequest?.uid;
  const event: OcsfApiActivityEvent = extendObject(draft.base, {
    class_uid: 6003,
    category_uid: 6,
    activity_id: draft.choice.activityId,
    actor: draft.actor,
    api: {
      operation: draft.eventType,
      service: OKTA_SERVICE,
      ...(requestId === undefined ? {} : { request: { uid: requestId } }),
    },
    src_endpoint: requiredSourceEndpoint(draft.source, OKTA_SERVICE.name),
  });
  const resources = draft.targets.map((target) => {
    draft.usedTargets.add(target);

    return {
      ...(asText(target.id) === undefined ? {} : { uid: asText(target.id) }),
      ...(asText(target.displayName) === undefined ? {} : { name: asText(target.displayName) }),
      ...(asText(target.type) === undefined ? {} : { type: asText(target.type) }),
    };
  });

  if (resources.length > 0) {
    event.resources = resources;
  }
  if (draft.choice.activityId === 99) {
    event.activity_name = draft.eventType;
  }
  if (draft.httpRequest !== undefined) {
    event.http_request = draft.httpRequest;
  }

  return event;
}

function attachCommon(event: OcsfAuthenticationEvent | OcsfAccountChangeEvent, draft: OktaDraft) {
  const source = optionalEndpoint(draft.source);

  if (source !== undefined) {
    event.src_endpoint = source;
  }
  if (draft.httpRequest !== undefined) {
    event.http_request = draft.httpRequest;
  }
  if (draft.device !== undefined) {
    event.device = draft.device;
  }
}

function serviceOf(app: Record<string, unknown>): { name?: string; uid?: string } {
  const name = asText(app.displayName) ?? asText(app.alternateId);
  const uid = asText(app.id);

  return { ...(name === undefined ? {} : { name }), ...(uid === undefined ? {} : { uid }) };
}

function firstTarget(draft: OktaDraft, type: string): Record<string, unknown> | undefined {
  const target = draft.targets.find((candidate) => candidate.type === type);

  if (target !== undefined) {
    draft.usedTargets.add(target);
  }

  return target;
}

function allTargets(draft: OktaDraft, type: string): Record<string, unknown>[] {
  const targets = draft.targets.filter((candidate) => candidate.type === type);

  for (const target of targets) {
    draft.usedTargets.add(target);
  }

  return targets;
}

const CLIENT_MAPPED: ReadonlySet<string> = new Set([
  'ipAddress',
  'geographicalContext',
  'userAgent',
]);
const SECURITY_MAPPED: ReadonlySet<string> = new Set(['isp', 'domain']);
const AUTH_CONTEXT_MAPPED: ReadonlySet<string> = new Set(['externalSessionId']);
const DEVICE_MAPPED: ReadonlySet<string> = new Set([
  'id',
  'name',
  'os_platform',
  'os_version',
  'managed',
]);
const DEBUG_DATA_MAPPED: ReadonlySet<string> = new Set(['requestId']);
const TRANSACTION_MAPPED: ReadonlySet<string> = new Set(['id']);

/**
 * What has no OCSF 1.1.0 home: the AS number and organisation (1.1.0 has no
 * `autonomous_system`), proxy flags, the client zone and device class, the rest of the
 * debug and authentication context, the IP chain, and targets no typed attribute took.
 */
function unmappedOf(draft: OktaDraft): Record<string, unknown> | undefined {
  const { record } = draft;
  let unmapped = collectLeftovers(record, MAPPED_FIELDS);
  const client = asObject(record.client);
  const debugData = asObject(asObject(record.debugContext)?.debugData);
  const browser = asText(asObject(client?.userAgent)?.browser);
  const device = asObject(record.device);

  unmapped = addUnmapped(unmapped, 'client', client && collectLeftovers(client, CLIENT_MAPPED));
  unmapped = addUnmapped(unmapped, 'browser', browser);
  unmapped = addUnmapped(
    unmapped,
    'securityContext',
    leftoversOf(record.securityContext, SECURITY_MAPPED),
  );
  unmapped = addUnmapped(
    unmapped,
    'authenticationContext',
    leftoversOf(record.authenticationContext, AUTH_CONTEXT_MAPPED),
  );
  unmapped = addUnmapped(
    unmapped,
    'debugData',
    debugData && collectLeftovers(debugData, DEBUG_DATA_MAPPED),
  );
  unmapped = addUnmapped(
    unmapped,
    'transaction',
    leftoversOf(record.transaction, TRANSACTION_MAPPED),
  );
  if (draft.device !== undefined && device !== undefined) {
    unmapped = addUnmapped(unmapped, 'device', collectLeftovers(device, DEVICE_MAPPED));
  } else {
    unmapped = addUnmapped(unmapped, 'device', device);
  }
  if (asIp(client?.ipAddress) === undefined) {
    unmapped = addUnmapped(unmapped, 'clientIpAddress', client?.ipAddress);
  }
  const otherTargets = draft.targets.filter((target) => !draft.usedTargets.has(target));

  return otherTargets.length > 0 ? addUnmapped(unmapped, 'target', otherTargets) : unmapped;
}

function leftoversOf(
  value: unknown,
  mapped: ReadonlySet<string>,
): Record<string, unknown> | undefined {
  const object = asObject(value);

  return object === undefined ? undefined : collectLeftovers(object, mapped);
}
