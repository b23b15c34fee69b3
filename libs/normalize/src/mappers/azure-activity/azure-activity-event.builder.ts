import type { OcsfApiActivityEvent, OcsfProduct, OcsfResourceDetails } from '@tarn/ocsf';
import { finalizeEvent } from '@tarn/ocsf';

import type { NormalizeOptions } from '../../source-mapper.interface';
import { missingFieldError } from '../../util/mapping.error';
import { requireTimestamp } from '../../util/parse-timestamp.util';
import { azureCloud, requiredSourceEndpoint } from '../identity-shared/identity-event.util';
import { asFiniteNumber, asIp, asObject, asText } from '../identity-shared/json-value.util';
import { addUnmapped, collectLeftovers } from '../identity-shared/leftovers.util';
import {
  activityOfOperation,
  ApiActivityId,
  isCreatedResult,
  severityOfLevel,
  statusOfResultType,
} from './azure-activity-classifier';
import type { AzureActivityRecord } from './azure-activity.types';
import { actorOfIdentity, MAPPED_CLAIMS, tenantOfClaims } from './azure-claims.reader';
import { parseAzureResourceId } from './azure-resource-id.parser';

export const AZURE_ACTIVITY_PRODUCT: OcsfProduct = {
  name: 'Azure Activity Log',
  vendor_name: 'Microsoft',
};

/** What calls in an activity record come through when no caller address was logged. */
const ARM_SERVICE = 'Azure Resource Manager';

const MAPPED_FIELDS: ReadonlySet<string> = new Set([
  'time',
  'resourceId',
  'operationName',
  'operationVersion',
  'category',
  'resultType',
  'resultSignature',
  'resultDescription',
  'callerIpAddress',
  'caller',
  'correlationId',
  'durationMs',
  'identity',
  'level',
  'location',
  'tenantId',
]);

/** One Activity log record as API Activity (6003). */
export function buildActivityEvent(
  record: AzureActivityRecord,
  options: NormalizeOptions,
): OcsfApiActivityEvent {
  const operation = operationNameOf(record.operationName);
  const resourceId = asText(record.resourceId);
  const parsed = resourceId === undefined ? {} : parseAzureResourceId(resourceId);
  const claims = asObject(asObject(record.identity)?.claims);
  const tenant = asText(record.tenantId) ?? tenantOfClaims(claims);
  const properties = asObject(record.properties);
  const activityId = activityOfOperation(
    operation,
    isCreatedResult(asText(record.resultSignature), asText(properties?.statusCode)),
  );
  const event: OcsfApiActivityEvent = {
    class_uid: 6003,
    category_uid: 6,
    activity_id: activityId,
    type_uid: 0,
    severity_id: severityOfLevel(asText(record.level)),
    time: requireTimestamp(record.time, 'time'),
    metadata: { version: '1.1.0', product: AZURE_ACTIVITY_PRODUCT },
    actor: actorOfIdentity(record.identity, record.caller),
    api: { operation, service: { name: operation.slice(0, operation.indexOf('/')) || operation } },
    src_endpoint: requiredSourceEndpoint(sourceOf(record), ARM_SERVICE),
    cloud: azureCloud(parsed.subscriptionId, regionOf(record.location), options),
  };

  // Policy evaluations and health notices have no caller: the platform service acted.
  if (Object.keys(event.actor).length === 0) {
    event.actor.invoked_by = event.api.service?.name ?? ARM_SERVICE;
  }
  if (activityId === ApiActivityId.Other) {
    event.activity_name = operation;
  }
  if (resourceId !== undefined) {
    event.resources = [resourceOf(resourceId, parsed)];
  }
  fillMetadata(event, record, tenant);
  fillOutcome(event, record);
  event.unmapped = unmappedOf(record, claims);
  if (event.unmapped === undefined) {
    delete event.unmapped;
  }
  if (options.keepRawData === true) {
    event.raw_data = JSON.stringify(record);
  }

  return finalizeEvent(event);
}

/** Event Hub records have a string; the REST API's shape has `{value, localizedValue}`. */
function operationNameOf(value: unknown): string {
  const operation = asText(value) ?? asText(asObject(value)?.value);

  if (operation === undefined) {
    throw missingFieldError('operationName');
  }

  return operation;
}

/** "global" is where tenant-wide operations are logged: not a region. */
function regionOf(location: unknown): string | undefined {
  const region = asText(location);

  return region?.toLowerCase() === 'global' ? undefined : region;
}

function sourceOf(record: AzureActivityRecord): OcsfApiActivityEvent['src_endpoint'] {
  const ip = asIp(record.callerIpAddress);

  return ip === undefined ? {} : { ip };
}

function resourceOf(
  resourceId: string,
  parsed: ReturnType<typeof parseAzureResourceId>,
): OcsfResourceDetails {
  const resource: OcsfResourceDetails = { uid: resourceId };

  if (parsed.name !== undefined) {
    resource.name = parsed.name;
  }
  if (parsed.type !== undefined) {
    resource.type = parsed.type;
  }
  if (parsed.resourceGroup !== undefined) {
    resource.group = { name: parsed.resourceGroup };
  }

  return resource;
}

function fillMetadata(
  event: OcsfApiActivityEvent,
  record: AzureActivityRecord,
  tenant: string | undefined,
): void {
  const correlation = asText(record.correlationId);
  const category = asText(record.category);
  const version = asText(record.operationVersion);
  const duration = asFiniteNumber(record.durationMs);

  if (correlation !== undefined) {
    event.metadata.correlation_uid = correlation;
  }
  if (category !== undefined) {
    event.metadata.log_name = category;
  }
  if (version !== undefined) {
    event.api.version = version;
  }
  if (tenant !== undefined) {
    event.metadata.tenant_uid = tenant;
  }
  if (duration !== undefined && duration >= 0) {
    event.duration = Math.round(duration);
  }
}

function fillOutcome(event: OcsfApiActivityEvent, record: AzureActivityRecord): void {
  const resultType = asText(record.resultType);
  const signature = asText(record.resultSignature);
  const description = asText(record.resultDescription);

  if (resultType !== undefined) {
    const status = statusOfResultType(resultType);

    event.status_id = status.statusId;
    if (status.caption !== undefined) {
      event.status = status.caption;
    }
  }
  if (signature !== undefined) {
    event.status_code = signature;
  }
  if (description !== undefined) {
    event.status_detail = description;
  }
}

/**
 * Leftovers: `properties` (operation-specific, kept whole), the token claims the actor
 * did not use, the authorization scope and action, and a caller address that is not an IP.
 */
function unmappedOf(
  record: AzureActivityRecord,
  claims: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  let unmapped = collectLeftovers(record, MAPPED_FIELDS);
  const authorization = asObject(asObject(record.identity)?.authorization);
  const evidence = asObject(authorization?.evidence);

  unmapped = addUnmapped(unmapped, 'claims', claims && collectLeftovers(claims, MAPPED_CLAIMS));
  unmapped = addUnmapped(
    unmapped,
    'authorization',
    authorization && collectLeftovers(authorization, AUTHORIZATION_MAPPED),
  );
  unmapped = addUnmapped(
    unmapped,
    'evidence',
    evidence && collectLeftovers(evidence, EVIDENCE_MAPPED),
  );
  if (asIp(record.callerIpAddress) === undefined) {
    unmapped = addUnmapped(unmapped, 'callerIpAddress', record.callerIpAddress);
  }

  return unmapped;
}

/** `evidence` feeds actor.user and actor.authorizations; its assignment ids stay unmapped. */
const AUTHORIZATION_MAPPED: ReadonlySet<string> = new Set(['evidence']);
const EVIDENCE_MAPPED: ReadonlySet<string> = new Set([
  'principalId',
  'principalType',
  'role',
  'roleDefinitionId',
]);
