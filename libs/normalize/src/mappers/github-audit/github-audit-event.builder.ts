import type {
  OcsfAccountChangeEvent,
  OcsfActor,
  OcsfApiActivityEvent,
  OcsfAuthenticationEvent,
  OcsfBaseEvent,
  OcsfEvent,
  OcsfNetworkEndpoint,
  OcsfProduct,
  OcsfResourceDetails,
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
import { asIdText, asIp, asObject, asText } from '../identity-shared/json-value.util';
import { addUnmapped, collectLeftovers } from '../identity-shared/leftovers.util';
import { chooseGithubClass } from './github-audit-class-selector';
import type { GithubClassChoice } from './github-audit-class-selector';

export const GITHUB_PRODUCT: OcsfProduct = {
  name: 'GitHub',
  vendor_name: 'GitHub',
  feature: { name: 'Audit Log' },
};

const MAPPED_FIELDS: ReadonlySet<string> = new Set([
  'action',
  'actor',
  'actor_id',
  'actor_ip',
  'actor_location',
  '@timestamp',
  'created_at',
  '_document_id',
  'org',
  'org_id',
  'business',
  'business_id',
  'repo',
  'repo_id',
  'user',
  'user_id',
  'team',
  'user_agent',
  'request_id',
  'operation_type',
]);

interface GithubDraft {
  record: Record<string, unknown>;
  action: string;
  choice: GithubClassChoice;
  base: Omit<OcsfBaseEvent, 'class_uid' | 'category_uid'>;
  actor: OcsfActor;
  actorUser?: OcsfUser;
  source: OcsfNetworkEndpoint;
}

/** One GitHub audit log entry as OCSF (class per github-audit-class-selector). */
export function buildGithubEvent(
  record: Record<string, unknown>,
  options: NormalizeOptions,
): OcsfEvent {
  const action = asText(record.action);

  if (action === undefined) {
    throw missingFieldError('action');
  }
  const actorUser = userOf(record.actor, record.actor_id);
  const draft: GithubDraft = {
    record,
    action,
    choice: chooseGithubClass(action, asText(record.operation_type)),
    base: baseOf(record, action, options),
    // Actions GitHub performs itself (scheduled jobs, Dependabot) may name no actor.
    actor: actorUser === undefined ? { invoked_by: 'GitHub' } : { user: actorUser },
    actorUser,
    source: sourceOf(record),
  };
  const event = eventOf(draft);
  const userAgent = asText(record.user_agent);

  if (userAgent !== undefined) {
    event.http_request = { user_agent: userAgent };
  }
  if (draft.choice.activityId === 99) {
    event.activity_name = action;
  }
  event.unmapped = unmappedOf(record);
  if (event.unmapped === undefined) {
    delete event.unmapped;
  }
  if (options.keepRawData === true) {
    event.raw_data = JSON.stringify(record);
  }

  return finalizeEvent(event);
}

/** `@timestamp` (ms) is the event time in the streaming format; the REST API has `created_at`. */
function baseOf(
  record: Record<string, unknown>,
  action: string,
  options: NormalizeOptions,
): GithubDraft['base'] {
  const timeField = record['@timestamp'] === undefined ? 'created_at' : '@timestamp';
  const base: GithubDraft['base'] = {
    activity_id: 0,
    type_uid: 0,
    severity_id: OcsfSeverityId.Informational,
    time: requireTimestamp(record[timeField], timeField),
    metadata: { version: '1.1.0', product: GITHUB_PRODUCT, event_code: action },
  };
  const uid = asText(record._document_id);
  const tenant =
    asIdText(record.business_id) ??
    asText(record.business) ??
    asIdText(record.org_id) ??
    asText(record.org) ??
    options.cloud?.accountUid;
  const cloud = saasCloud(options);

  if (uid !== undefined) {
    base.metadata.uid = uid;
  }
  if (tenant !== undefined) {
    base.metadata.tenant_uid = tenant;
  }
  if (cloud !== undefined) {
    base.cloud = cloud;
  }

  return base;
}

function userOf(login: unknown, id: unknown): OcsfUser | undefined {
  const name = asText(login);
  const uid = asIdText(id);

  if (name === undefined && uid === undefined) {
    return undefined;
  }

  return { ...(name === undefined ? {} : { name }), ...(uid === undefined ? {} : { uid }) };
}

function sourceOf(record: Record<string, unknown>): OcsfNetworkEndpoint {
  const source: OcsfNetworkEndpoint = {};
  const ip = asIp(record.actor_ip);
  const location = buildLocation({ country: asObject(record.actor_location)?.country_code });

  if (ip !== undefined) {
    source.ip = ip;
  }
  if (location !== undefined) {
    source.location = location;
  }

  return source;
}

function eventOf(
  draft: GithubDraft,
): OcsfAuthenticationEvent | OcsfAccountChangeEvent | OcsfApiActivityEvent {
  switch (draft.choice.kind) {
    case 'authentication':
      return authenticationOf(draft);
    case 'account-change':
      return accountChangeOf(draft);
    case 'api-activity':
      return apiActivityOf(draft);
  }
}

function authenticationOf(draft: GithubDraft): OcsfAuthenticationEvent {
  const event: OcsfAuthenticationEvent = extendObject(draft.base, {
    class_uid: 3002,
    category_uid: 3,
    activity_id: draft.choice.activityId,
    user: { ...(draft.actorUser ?? userOf(draft.record.user, draft.record.user_id) ?? {}) },
    actor: draft.actor,
    service: { name: 'GitHub' },
    status_id: draft.choice.failed === true ? OcsfStatusId.Failure : OcsfStatusId.Success,
  });
  const source = optionalEndpoint(draft.source);

  if (draft.choice.isMfa !== undefined) {
    event.is_mfa = draft.choice.isMfa;
  }
  if (source !== undefined) {
    event.src_endpoint = source;
  }

  return event;
}

/** The account changed is `user`; self-service actions (password, 2FA) name only the actor. */
function accountChangeOf(draft: GithubDraft): OcsfAccountChangeEvent {
  const target = userOf(draft.record.user, draft.record.user_id) ?? { ...draft.actorUser };
  const group =
    asText(draft.record.team) ?? asText(draft.record.org) ?? asText(draft.record.business);
  const event: OcsfAccountChangeEvent = extendObject(draft.base, {
    class_uid: 3001,
    category_uid: 3,
    activity_id: draft.choice.activityId,
    user: group === undefined ? target : { ...target, groups: [{ name: group }] },
    actor: draft.actor,
  });
  const source = optionalEndpoint(draft.source);

  if (source !== undefined) {
    event.src_endpoint = source;
  }

  return event;
}

function apiActivityOf(draft: GithubDraft): OcsfApiActivityEvent {
  const requestId = asText(draft.record.request_id);
  const event: OcsfApiActivityEvent = extendObject(draft.base, {
    class_uid: 6003,
    category_uid: 6,
    activity_id: draft.choice.activityId,
    actor: draft.actor,
    api: {
      operation: draft.action,
      service: { name: 'GitHub' },
      ...(requestId === undefined ? {} : { request: { uid: requestId } }),
    },
    src_endpoint: requiredSourceEndpoint(draft.source, 'GitHub'),
  });
  const resources = resourcesOf(draft.record);

  if (resources.length > 0) {
    event.resources = resources;
  }

  return event;
}

/** What the action was done to: repository, team, user, and the organization around them. */
function resourcesOf(record: Record<string, unknown>): OcsfResourceDetails[] {
  const resources: OcsfResourceDetails[] = [];

  const add = (type: string, name: unknown, id?: unknown): void => {
    const resourceName = asText(name);
    const uid = asIdText(id);

    if (resourceName !== undefined || uid !== undefined) {
      resources.push({
        type,
        ...(resourceName === undefined ? {} : { name: resourceName }),
        ...(uid === undefined ? {} : { uid }),
      });
    }
  };

  add('Repository', record.repo, record.repo_id);
  add('Team', record.team ?? asObject(record.data)?.team);
  add('User', record.user, record.user_id);
  add('Organization', record.org, record.org_id);

  return resources;
}

function unmappedOf(record: Record<string, unknown>): Record<string, unknown> | undefined {
  const unmapped = collectLeftovers(record, MAPPED_FIELDS);
  const location = asObject(record.actor_location);
  const locationRest = location && collectLeftovers(location, COUNTRY_ONLY);
  const withLocation = addUnmapped(unmapped, 'actor_location', locationRest);

  return asIp(record.actor_ip) === undefined
    ? addUnmapped(withLocation, 'actor_ip', record.actor_ip)
    : withLocation;
}

const COUNTRY_ONLY: ReadonlySet<string> = new Set(['country_code']);
