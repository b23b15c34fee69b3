import type {
  OcsfAccountChangeEvent,
  OcsfApiActivityEvent,
  OcsfAuthenticationEvent,
  OcsfBaseEvent,
  OcsfEvent,
  OcsfNetworkEndpoint,
  OcsfProduct,
  OcsfUser,
} from '@tarn/ocsf';
import { finalizeEvent, OcsfSeverityId, OcsfStatusId } from '@tarn/ocsf';

import type { NormalizeOptions } from '../../source-mapper.interface';
import { extendObject } from '../../util/extend-object.util';
import { missingFieldError } from '../../util/mapping.error';
import { requireTimestamp } from '../../util/parse-timestamp.util';
import { requiredSourceEndpoint, saasCloud } from '../identity-shared/identity-event.util';
import {
  asBoolean,
  asIdText,
  asIp,
  asObject,
  asObjectArray,
  asText,
  isEmailLike,
} from '../identity-shared/json-value.util';
import { addUnmapped, collectLeftovers } from '../identity-shared/leftovers.util';
import {
  apiActivityOf as apiActivityIdOf,
  chooseWorkspaceClass,
} from './google-workspace-class-selector';
import type { WorkspaceClassChoice } from './google-workspace-class-selector';
import { flattenParameters } from './google-workspace-parameters';

const SERVICE_NAME = 'Google Workspace';

export const WORKSPACE_PRODUCT: OcsfProduct = { name: SERVICE_NAME, vendor_name: 'Google' };

/** Activity fields that are mapped; `kind` is the constant resource type and carries nothing. */
const MAPPED_FIELDS: ReadonlySet<string> = new Set(['kind', 'id', 'actor', 'ipAddress', 'events']);

/** Parameters that typed attributes consume. */
const CONSUMED_PARAMETERS: ReadonlySet<string> = new Set([
  'login_failure_type',
  'is_second_factor',
  'login_challenge_status',
  'USER_EMAIL',
  'GROUP_EMAIL',
  'ROLE_NAME',
]);

/** The activity envelope, shared by every event in it. */
interface WorkspaceActivity {
  record: Record<string, unknown>;
  application: string;
  uniqueQualifier?: string;
  base: Omit<OcsfBaseEvent, 'class_uid' | 'category_uid' | 'activity_id'>;
  actorUser?: OcsfUser;
  source: OcsfNetworkEndpoint;
  eventCount: number;
}

/**
 * One Reports API activity → one OCSF event per item of `events` (an activity may hold
 * several, e.g. a login and its challenge). `events` may also be a single object, as some
 * exporters write it.
 */
export function buildWorkspaceEvents(
  record: Record<string, unknown>,
  options: NormalizeOptions,
): OcsfEvent[] {
  const events = Array.isArray(record.events)
    ? asObjectArray(record.events)
    : [asObject(record.events)].filter((item) => item !== undefined);

  if (events.length === 0) {
    throw missingFieldError('events');
  }
  const activity = activityOf(record, events.length, options);

  return events.map((item, index) => eventOf(activity, item, index, options));
}

function activityOf(
  record: Record<string, unknown>,
  eventCount: number,
  options: NormalizeOptions,
): WorkspaceActivity {
  const id = asObject(record.id);
  const application = asText(id?.applicationName);

  if (id === undefined || application === undefined) {
    throw missingFieldError('id.applicationName');
  }
  const base: WorkspaceActivity['base'] = {
    type_uid: 0,
    severity_id: OcsfSeverityId.Informational,
    time: requireTimestamp(id.time, 'id.time'),
    metadata: {
      version: '1.1.0',
      product: { ...WORKSPACE_PRODUCT, feature: { name: application } },
    },
  };
  const customer = asText(id.customerId) ?? options.cloud?.accountUid;
  const cloud = saasCloud(options);
  const ip = asIp(record.ipAddress);

  if (customer !== undefined) {
    base.metadata.tenant_uid = customer;
  }
  if (cloud !== undefined) {
    base.cloud = cloud;
  }

  return {
    record,
    application,
    uniqueQualifier: asIdText(id.uniqueQualifier),
    base,
    actorUser: userOfActor(asObject(record.actor)),
    source: ip === undefined ? {} : { ip },
    eventCount,
  };
}

function userOfActor(actor: Record<string, unknown> | undefined): OcsfUser | undefined {
  const email = asText(actor?.email);
  const uid = asIdText(actor?.profileId);
  const callerType = asText(actor?.callerType);

  if (email === undefined && uid === undefined) {
    return undefined;
  }

  return {
    ...(email === undefined ? {} : { name: email, email_addr: email }),
    ...(uid === undefined ? {} : { uid }),
    ...(callerType === undefined ? {} : { type: callerType }),
  };
}

function eventOf(
  activity: WorkspaceActivity,
  item: Record<string, unknown>,
  index: number,
  options: NormalizeOptions,
): OcsfEvent {
  const name = asText(item.name);

  if (name === undefined) {
    throw missingFieldError(`events[${index}].name`);
  }
  const parameters = flattenParameters(item.parameters);
  const choice = choiceWithUser(chooseWorkspaceClass(activity.application, name), name, parameters);
  const event = classEventOf(activity, choice, name, parameters);

  event.metadata = extendObject(event.metadata, { event_code: name });
  // One activity id covers all its events; the position keeps each event's uid unique.
  if (activity.uniqueQualifier !== undefined) {
    event.metadata.uid =
      activity.eventCount === 1 ? activity.uniqueQualifier : `${activity.uniqueQualifier}-${index}`;
  }
  if (choice.activityId === 99) {
    event.activity_name = name;
  }
  event.unmapped = unmappedOf(activity, item, parameters);
  if (event.unmapped === undefined) {
    delete event.unmapped;
  }
  if (options.keepRawData === true) {
    event.raw_data = JSON.stringify(activity.record);
  }

  return finalizeEvent(event);
}

/** An account change must name the account (`USER_EMAIL`); without it the event is an API call. */
function choiceWithUser(
  choice: WorkspaceClassChoice,
  name: string,
  parameters: Map<string, unknown>,
): WorkspaceClassChoice {
  return choice.kind === 'account-change' && asText(parameters.get('USER_EMAIL')) === undefined
    ? { kind: 'api-activity', activityId: apiActivityIdOf(name) }
    : choice;
}

function classEventOf(
  activity: WorkspaceActivity,
  choice: WorkspaceClassChoice,
  name: string,
  parameters: Map<string, unknown>,
): OcsfAuthenticationEvent | OcsfAccountChangeEvent | OcsfApiActivityEvent {
  switch (choice.kind) {
    case 'authentication':
      return authenticationOf(activity, choice, name, parameters);
    case 'account-change':
      return accountChangeOf(activity, choice, parameters);
    case 'api-activity':
      return apiActivityOf(activity, choice, name);
  }
}

function authenticationOf(
  activity: WorkspaceActivity,
  choice: WorkspaceClassChoice,
  name: string,
  parameters: Map<string, unknown>,
): OcsfAuthenticationEvent {
  const event: OcsfAuthenticationEvent = extendObject(activity.base, {
    metadata: { ...activity.base.metadata },
    class_uid: 3002,
    category_uid: 3,
    activity_id: choice.activityId,
    user: { ...(activity.actorUser ?? {}) },
    // TODO: name the SAML service provider (parameter `application_name`) as the service —
    // when a real saml-application sample confirms the parameter is always present.
    service: { name: activity.application === 'saml' ? 'SAML' : SERVICE_NAME },
  });
  const status = loginStatusOf(name, parameters);
  const isMfa = asBoolean(parameters.get('is_second_factor'));

  if (activity.actorUser !== undefined) {
    event.actor = { user: { ...activity.actorUser } };
  }
  if (activity.source.ip !== undefined) {
    event.src_endpoint = activity.source;
  }
  if (status !== undefined) {
    event.status_id = status.statusId;
    if (status.detail !== undefined) {
      event.status_detail = status.detail;
    }
  }
  if (isMfa !== undefined) {
    event.is_mfa = isMfa;
  }
  if (activity.application === 'saml') {
    event.auth_protocol_id = 5;
    event.auth_protocol = 'SAML';
  }

  return event;
}

/** The event name says success or failure; challenges report theirs in a parameter. */
function loginStatusOf(
  name: string,
  parameters: Map<string, unknown>,
): { statusId: OcsfStatusId; detail?: string } | undefined {
  if (name === 'login_success' || name === 'logout') {
    return { statusId: OcsfStatusId.Success };
  }
  if (name === 'login_failure') {
    const detail = asText(parameters.get('login_failure_type'));

    return detail === undefined
      ? { statusId: OcsfStatusId.Failure }
      : { statusId: OcsfStatusId.Failure, detail };
  }
  const challenge = asText(parameters.get('login_challenge_status'))?.toLowerCase();

  if (challenge === undefined) {
    return undefined;
  }
  if (challenge.includes('pass')) {
    return {
      statusId: OcsfStatusId.Success,
      detail: asText(parameters.get('login_challenge_status')),
    };
  }

  return {
    statusId: OcsfStatusId.Failure,
    detail: asText(parameters.get('login_challenge_status')),
  };
}

/** The account changed is `USER_EMAIL`; a group change names the group in `GROUP_EMAIL`. */
function accountChangeOf(
  activity: WorkspaceActivity,
  choice: WorkspaceClassChoice,
  parameters: Map<string, unknown>,
): OcsfAccountChangeEvent {
  const email = asText(parameters.get('USER_EMAIL')) ?? '';
  const group = asText(parameters.get('GROUP_EMAIL'));
  const role = asText(parameters.get('ROLE_NAME'));
  const user: OcsfUser = { name: email, ...(isEmailLike(email) ? { email_addr: email } : {}) };
  const event: OcsfAccountChangeEvent = extendObject(activity.base, {
    metadata: { ...activity.base.metadata },
    class_uid: 3001,
    category_uid: 3,
    activity_id: choice.activityId,
    user: group === undefined ? user : { ...user, groups: [{ name: group }] },
  });

  if (activity.actorUser !== undefined) {
    event.actor = { user: { ...activity.actorUser } };
  }
  if (activity.source.ip !== undefined) {
    event.src_endpoint = activity.source;
  }
  if (role !== undefined) {
    event.policy = { name: role };
  }

  return event;
}

function apiActivityOf(
  activity: WorkspaceActivity,
  choice: WorkspaceClassChoice,
  name: string,
): OcsfApiActivityEvent {
  return extendObject(activity.base, {
    metadata: { ...activity.base.metadata },
    class_uid: 6003,
    category_uid: 6,
    activity_id: choice.activityId,
    actor:
      activity.actorUser === undefined
        ? { invoked_by: SERVICE_NAME }
        : { user: { ...activity.actorUser } },
    api: { operation: name, service: { name: activity.application } },
    src_endpoint: requiredSourceEndpoint({ ...activity.source }, SERVICE_NAME),
  });
}

/**
 * Leftovers: the event's parameters not consumed above (flattened name → value), its
 * `type`, the activity's own leftovers (`ownerDomain`, `etag`, network info …) and the
 * actor fields not mapped (`key`, oauth client id).
 */
function unmappedOf(
  activity: WorkspaceActivity,
  item: Record<string, unknown>,
  parameters: Map<string, unknown>,
): Record<string, unknown> | undefined {
  let unmapped = collectLeftovers(activity.record, MAPPED_FIELDS);
  const rest: Record<string, unknown> = {};

  for (const [name, value] of parameters) {
    if (!CONSUMED_PARAMETERS.has(name) || value === undefined) {
      rest[name] = value;
    }
  }
  if (Object.keys(rest).length > 0) {
    unmapped = addUnmapped(unmapped, 'parameters', rest);
  }
  unmapped = addUnmapped(unmapped, 'type', item.type);
  const actor = asObject(activity.record.actor);

  unmapped = addUnmapped(unmapped, 'actor', actor && collectLeftovers(actor, ACTOR_MAPPED));
  if (asIp(activity.record.ipAddress) === undefined) {
    unmapped = addUnmapped(unmapped, 'ipAddress', activity.record.ipAddress);
  }

  return unmapped;
}

const ACTOR_MAPPED: ReadonlySet<string> = new Set(['email', 'profileId', 'callerType']);
