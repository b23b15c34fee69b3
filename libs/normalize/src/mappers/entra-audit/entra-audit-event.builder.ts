import type {
  OcsfAccountChangeEvent,
  OcsfActor,
  OcsfApi,
  OcsfApiActivityEvent,
  OcsfBaseEvent,
  OcsfEvent,
  OcsfNetworkEndpoint,
  OcsfResourceDetails,
  OcsfUser,
} from '@tarn/ocsf';
import { finalizeEvent, OcsfSeverityId, OcsfStatusId } from '@tarn/ocsf';

import type { NormalizeOptions } from '../../source-mapper.interface';
import { extendObject } from '../../util/extend-object.util';
import { missingFieldError } from '../../util/mapping.error';
import { requireTimestamp } from '../../util/parse-timestamp.util';
import { ENTRA_PRODUCT } from '../entra-signin/entra-signin-event.builder';
import {
  azureCloud,
  optionalEndpoint,
  requiredSourceEndpoint,
} from '../identity-shared/identity-event.util';
import { asIp, asObject, asText, isEmailLike } from '../identity-shared/json-value.util';
import { addUnmapped } from '../identity-shared/leftovers.util';
import { chooseEntraAuditClass } from './entra-audit-class-selector';
import type { EntraAuditChoice } from './entra-audit-class-selector';
import { readDirectoryAudit } from './entra-audit-record.reader';
import type { DirectoryAudit } from './entra-audit-record.reader';

const STATUS_BY_RESULT: ReadonlyMap<string, OcsfStatusId> = new Map([
  ['success', OcsfStatusId.Success],
  ['failure', OcsfStatusId.Failure],
  ['timeout', OcsfStatusId.Failure],
]);

const USER_AGENT_KEY = 'User-Agent';

interface AuditDraft {
  audit: DirectoryAudit;
  activity: string;
  choice: EntraAuditChoice;
  base: Omit<OcsfBaseEvent, 'class_uid' | 'category_uid'>;
  actor: OcsfActor;
  source: OcsfNetworkEndpoint;
  api: OcsfApi;
}

/** One Entra directory audit as Account Change (3001) or API Activity (6003). */
export function buildAuditEvent(
  record: Record<string, unknown>,
  options: NormalizeOptions,
): OcsfEvent {
  const audit = readDirectoryAudit(record);
  const activity = audit.activity;

  if (activity === undefined) {
    throw missingFieldError('activityDisplayName');
  }
  const hasUserTarget = audit.targetResources.some((target) => target.type === 'User');
  const draft: AuditDraft = {
    audit,
    activity,
    choice: chooseEntraAuditClass(activity, audit.operationType, hasUserTarget),
    base: baseOf(audit, options),
    actor: actorOf(audit),
    source: sourceOf(audit),
    api: {
      operation: activity,
      ...(audit.loggedByService === undefined ? {} : { service: { name: audit.loggedByService } }),
    },
  };
  const event =
    draft.choice.kind === 'account-change' ? accountChangeOf(draft) : apiActivityOf(draft);

  if (draft.choice.activityId === 99) {
    event.activity_name = activity;
  }
  const userAgent = audit.userAgent ?? userAgentOf(audit);

  if (userAgent !== undefined) {
    event.http_request = { user_agent: userAgent };
  }
  event.unmapped = unmappedOf(draft);
  if (event.unmapped === undefined) {
    delete event.unmapped;
  }
  if (options.keepRawData === true) {
    event.raw_data = JSON.stringify(record);
  }

  return finalizeEvent(event);
}

function baseOf(audit: DirectoryAudit, options: NormalizeOptions): AuditDraft['base'] {
  const base: AuditDraft['base'] = {
    activity_id: 0,
    type_uid: 0,
    severity_id: OcsfSeverityId.Informational,
    time: requireTimestamp(audit.time, 'activityDateTime'),
    metadata: {
      version: '1.1.0',
      product:
        audit.category === undefined
          ? ENTRA_PRODUCT
          : { ...ENTRA_PRODUCT, feature: { name: audit.category } },
    },
    cloud: azureCloud(audit.tenantId, undefined, options),
  };

  if (audit.id !== undefined) {
    base.metadata.uid = audit.id;
  }
  if (audit.correlationId !== undefined) {
    base.metadata.correlation_uid = audit.correlationId;
  }
  if (audit.logName !== undefined) {
    base.metadata.log_name = audit.logName;
  }
  if (audit.tenantId !== undefined) {
    base.metadata.tenant_uid = audit.tenantId;
  }
  if (audit.result !== undefined) {
    const statusId = STATUS_BY_RESULT.get(audit.result.toLowerCase());

    base.status_id = statusId ?? OcsfStatusId.Other;
    base.status_code = audit.result;
    if (statusId === undefined) {
      base.status = audit.result;
    }
  }
  if (audit.resultReason !== undefined) {
    base.status_detail = audit.resultReason;
  }

  return base;
}

/** `initiatedBy` holds a user or an application (service principal). */
function actorOf(audit: DirectoryAudit): OcsfActor {
  const user = asObject(audit.initiatedBy?.user);
  const app = asObject(audit.initiatedBy?.app);

  if (user !== undefined) {
    const actorUser = userOf(user);

    if (actorUser !== undefined) {
      return { user: actorUser };
    }
  }
  if (app !== undefined) {
    const uid = asText(app.servicePrincipalId) ?? asText(app.appId);
    const name = asText(app.servicePrincipalName) ?? asText(app.displayName);

    if (uid !== undefined || name !== undefined) {
      return {
        user: {
          ...(name === undefined ? {} : { name }),
          ...(uid === undefined ? {} : { uid }),
          type: 'ServicePrincipal',
        },
      };
    }
  }

  // Directory-internal operations (sync, lifecycle jobs) name no initiator.
  return { invoked_by: audit.loggedByService ?? ENTRA_PRODUCT.name ?? 'Entra ID' };
}

function userOf(entity: Record<string, unknown>): OcsfUser | undefined {
  const uid = asText(entity.id);
  const upn = asText(entity.userPrincipalName);
  const fullName = asText(entity.displayName);

  if (uid === undefined && upn === undefined) {
    return undefined;
  }

  return {
    ...(upn === undefined ? {} : { name: upn }),
    ...(uid === undefined ? {} : { uid }),
    ...(fullName === undefined ? {} : { full_name: fullName }),
    ...(upn !== undefined && isEmailLike(upn) ? { email_addr: upn } : {}),
  };
}

function sourceOf(audit: DirectoryAudit): OcsfNetworkEndpoint {
  const ip =
    asIp(asObject(audit.initiatedBy?.user)?.ipAddress) ??
    asIp(asObject(audit.initiatedBy?.app)?.ipAddress) ??
    asIp(audit.callerIpAddress);

  return ip === undefined ? {} : { ip };
}

function userAgentOf(audit: DirectoryAudit): string | undefined {
  const detail = audit.additionalDetails.find((entry) => entry.key === USER_AGENT_KEY);

  return asText(detail?.value);
}

function accountChangeOf(draft: AuditDraft): OcsfAccountChangeEvent {
  const targets = draft.audit.targetResources;
  const userTarget = targets.find((target) => target.type === 'User') ?? {};
  const user = userOf(userTarget) ?? {};
  const groups = targets.filter((target) => target.type === 'Group').map(namedRef);
  const role = targets.find((target) => target.type === 'Role');
  const event: OcsfAccountChangeEvent = extendObject(draft.base, {
    class_uid: 3001,
    category_uid: 3,
    activity_id: draft.choice.activityId,
    user,
    actor: draft.actor,
    api: draft.api,
  });
  const source = optionalEndpoint(draft.source);

  if (groups.length > 0) {
    user.groups = groups;
  }
  // A directory role is the permission set attached to or detached from the user.
  if (role !== undefined) {
    event.policy = namedRef(role);
  }
  if (source !== undefined) {
    event.src_endpoint = source;
  }

  return event;
}

function apiActivityOf(draft: AuditDraft): OcsfApiActivityEvent {
  const resources = draft.audit.targetResources.map(resourceOf);
  const event: OcsfApiActivityEvent = extendObject(draft.base, {
    class_uid: 6003,
    category_uid: 6,
    activity_id: draft.choice.activityId,
    actor: draft.actor,
    api: draft.api,
    src_endpoint: requiredSourceEndpoint(draft.source, ENTRA_PRODUCT.name ?? 'Entra ID'),
  });

  if (resources.length > 0) {
    event.resources = resources;
  }

  return event;
}

function namedRef(target: Record<string, unknown>): { name?: string; uid?: string } {
  const name = asText(target.displayName) ?? asText(target.userPrincipalName);
  const uid = asText(target.id);

  return { ...(name === undefined ? {} : { name }), ...(uid === undefined ? {} : { uid }) };
}

/** A target as a resource; what changed on it (`modifiedProperties`) is its data. */
function resourceOf(target: Record<string, unknown>): OcsfResourceDetails {
  const resource: OcsfResourceDetails = namedRef(target);
  const type = asText(target.type);
  const modified = target.modifiedProperties;

  if (type !== undefined) {
    resource.type = type;
  }
  if (Array.isArray(modified) && modified.length > 0) {
    resource.data = { modifiedProperties: modified };
  }

  return resource;
}

/**
 * Leftovers: the reader's unread fields, the additional details other than the user
 * agent, and — for Account Change, which has no resource list — the targets themselves
 * with what changed on them.
 */
function unmappedOf(draft: AuditDraft): Record<string, unknown> | undefined {
  const { audit } = draft;
  let unmapped: Record<string, unknown> | undefined =
    Object.keys(audit.leftovers).length > 0 ? { ...audit.leftovers } : undefined;
  const details = audit.additionalDetails.filter((entry) => entry.key !== USER_AGENT_KEY);

  if (details.length > 0) {
    unmapped = addUnmapped(unmapped, 'additionalDetails', details);
  }
  if (draft.choice.kind === 'account-change') {
    unmapped = addUnmapped(unmapped, 'targetResources', audit.targetResources);
  }
  const initiatorIp = asObject(audit.initiatedBy?.user)?.ipAddress;

  if (typeof initiatorIp === 'string' && asIp(initiatorIp) === undefined) {
    unmapped = addUnmapped(unmapped, 'initiatedByIpAddress', initiatorIp);
  }
  if (audit.callerIpAddress !== undefined && asIp(audit.callerIpAddress) === undefined) {
    unmapped = addUnmapped(unmapped, 'callerIpAddress', audit.callerIpAddress);
  }

  return unmapped;
}
