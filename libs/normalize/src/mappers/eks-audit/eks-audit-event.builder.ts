import { finalizeEvent } from '@tarn/ocsf';
import type {
  OcsfApi,
  OcsfApiActivityEvent,
  OcsfHttpRequest,
  OcsfNetworkEndpoint,
  OcsfResourceDetails,
} from '@tarn/ocsf';

import { RejectionCode } from '../../rejection';
import type { NormalizeOptions } from '../../source-mapper.interface';
import { MappingError, missingFieldError } from '../../util/mapping.error';
import { parseTimestamp, requireTimestamp } from '../../util/parse-timestamp.util';
import { awsCloud } from '../aws-shared/aws-cloud.util';
import { asArray, asObject, asText, isValidIp } from '../aws-shared/aws-value.util';
import { requiredSourceEndpoint } from '../identity-shared/identity-event.util';
import { activityIdOfVerb, OTHER_ACTIVITY_ID } from './eks-audit-activity';
import { buildActor, isMappedAnnotation } from './eks-audit-actor.builder';
import type { K8sAuditEvent } from './eks-audit.types';

/** Top-level fields placed in typed attributes; any other field present goes to `unmapped`. */
const MAPPED_KEYS: ReadonlySet<string> = new Set([
  'apiVersion',
  'level',
  'auditID',
  'stage',
  'requestURI',
  'verb',
  'user',
  'sourceIPs',
  'userAgent',
  'objectRef',
  'responseStatus',
  'requestObject',
  'responseObject',
  'requestReceivedTimestamp',
  'stageTimestamp',
  'annotations',
]);

const PRODUCT_NAME = 'Amazon EKS';
/** The API group of core objects (pods, secrets, namespaces) is the empty string. */
const CORE_SERVICE_NAME = 'Kubernetes';
/** `status` repeats what `code` says; `metadata` is always empty in audit events. */
const MAPPED_STATUS_KEYS: ReadonlySet<string> = new Set([
  'code',
  'reason',
  'message',
  'status',
  'metadata',
]);
const FIRST_FAILURE_CODE = 400;

type Unmapped = Record<string, unknown>;

export function buildEksAuditEvent(
  record: K8sAuditEvent,
  options: NormalizeOptions,
): OcsfApiActivityEvent {
  assertAuditEvent(record);
  const verb = asText(record.verb);

  if (verb === undefined) {
    throw missingFieldError('verb');
  }
  const unmapped: Unmapped = {};
  const activityId = activityIdOfVerb(verb);
  const annotations = asObject(record.annotations);
  const { actor, unmappedExtra } = buildActor(asObject(record.user), annotations);
  const event: OcsfApiActivityEvent = {
    class_uid: 6003,
    category_uid: 6,
    activity_id: activityId,
    type_uid: 0,
    severity_id: 1,
    time: eventTimeOf(record),
    metadata: buildMetadata(record),
    cloud: awsCloud(undefined, undefined, options),
    actor,
    api: buildApi(record, verb),
    src_endpoint: buildSourceEndpoint(record.sourceIPs, unmapped),
  };

  if (activityId === OTHER_ACTIVITY_ID) {
    event.activity_name = verb;
  }
  if (unmappedExtra !== undefined) {
    unmapped.user = { extra: unmappedExtra };
  }
  applyOptionalFields(event, record);
  applyStatus(event, asObject(record.responseStatus));
  collectUnmapped(record, annotations, unmapped);
  if (Object.keys(unmapped).length > 0) {
    event.unmapped = unmapped;
  }
  if (options.keepRawData === true) {
    event.raw_data = JSON.stringify(record);
  }

  return finalizeEvent(event);
}

/** Other objects share the log group (`kind: Status`, lists); only audit Events are mapped. */
function assertAuditEvent(record: K8sAuditEvent): void {
  const kind = asText(record.kind);

  if (kind !== undefined && kind !== 'Event') {
    throw new MappingError(
      RejectionCode.UnsupportedRecord,
      `record has kind "${kind}"; expected a Kubernetes audit "Event" (audit.k8s.io/v1)`,
    );
  }
}

/**
 * `stageTimestamp` is when the event reached the stage it reports (ResponseComplete for most),
 * so it is the event time; a RequestReceived-only event may carry just the receive time.
 */
function eventTimeOf(record: K8sAuditEvent): number {
  return record.stageTimestamp === undefined
    ? requireTimestamp(record.requestReceivedTimestamp, 'requestReceivedTimestamp')
    : requireTimestamp(record.stageTimestamp, 'stageTimestamp');
}

function buildMetadata(record: K8sAuditEvent): OcsfApiActivityEvent['metadata'] {
  const metadata: OcsfApiActivityEvent['metadata'] = {
    version: '1.1.0',
    product: {
      name: PRODUCT_NAME,
      vendor_name: 'AWS',
      feature: { name: 'Elastic Kubernetes Service' },
    },
  };
  const schemaVersion = asText(record.apiVersion);
  const uid = asText(record.auditID);
  const level = asText(record.level);

  if (schemaVersion !== undefined) {
    metadata.product.version = schemaVersion;
  }
  if (uid !== undefined) {
    metadata.uid = uid;
  }
  if (level !== undefined) {
    metadata.log_level = level;
  }

  return metadata;
}

function buildApi(record: K8sAuditEvent, verb: string): OcsfApi {
  const objectRef = asObject(record.objectRef);
  const api: OcsfApi = {
    operation: verb,
    service: { name: asText(objectRef?.apiGroup) ?? CORE_SERVICE_NAME },
  };
  const version = asText(objectRef?.apiVersion);
  const requestUid = asText(record.auditID);
  const response = buildApiResponse(record);

  if (version !== undefined) {
    api.version = version;
  }
  if (requestUid !== undefined) {
    api.request =
      record.requestObject === undefined
        ? { uid: requestUid }
        : { uid: requestUid, data: record.requestObject };
  }
  if (response !== undefined) {
    api.response = response;
  }

  return api;
}

function buildApiResponse(record: K8sAuditEvent): OcsfApi['response'] {
  const status = asObject(record.responseStatus);
  const response: NonNullable<OcsfApi['response']> = {};
  const code = status?.code;
  const reason = asText(status?.reason);
  const message = asText(status?.message);

  if (typeof code === 'number' && Number.isInteger(code)) {
    response.code = code;
  }
  if (reason !== undefined) {
    response.error = reason;
  }
  if (message !== undefined) {
    response.message = message;
  }
  if (record.responseObject !== undefined) {
    response.data = record.responseObject;
  }

  return Object.keys(response).length > 0 ? response : undefined;
}

/**
 * The first address is the client; later ones are proxies it came through (the API server
 * lists X-Forwarded-For first). A value that is not an IP leaves the list in `unmapped`. The
 * class requires an identified source endpoint: with no usable address it names the service
 * that logged the call, as the other API Activity mappers do.
 */
function buildSourceEndpoint(sourceIps: unknown, unmapped: Unmapped): OcsfNetworkEndpoint {
  const valid = asArray(sourceIps).filter(
    (ip): ip is string => typeof ip === 'string' && isValidIp(ip),
  );
  const endpoint: OcsfNetworkEndpoint = {};

  if (valid.length > 0) {
    endpoint.ip = valid[0];
  }
  if (valid.length > 1) {
    endpoint.intermediate_ips = valid.slice(1);
  }
  if (hasUnusableValue(sourceIps, valid)) {
    unmapped.sourceIPs = sourceIps;
  }

  return requiredSourceEndpoint(endpoint, PRODUCT_NAME);
}

function hasUnusableValue(sourceIps: unknown, valid: readonly string[]): boolean {
  return Array.isArray(sourceIps)
    ? valid.length !== sourceIps.length
    : sourceIps !== undefined && sourceIps !== null;
}

function applyOptionalFields(event: OcsfApiActivityEvent, record: K8sAuditEvent): void {
  const httpRequest = buildHttpRequest(record);
  const resource = resourceOf(asObject(record.objectRef));
  const receivedAt = parseTimestamp(record.requestReceivedTimestamp);
  const stage = asText(record.stage);

  if (httpRequest !== undefined) {
    event.http_request = httpRequest;
  }
  if (resource !== undefined) {
    event.resources = [resource];
  }
  if (receivedAt !== undefined) {
    event.start_time = receivedAt;
  }
  if (stage !== undefined) {
    event.message = stage;
  }
}

function buildHttpRequest(record: K8sAuditEvent): OcsfHttpRequest | undefined {
  const userAgent = asText(record.userAgent);
  const uri = asText(record.requestURI);

  if (userAgent === undefined && uri === undefined) {
    return undefined;
  }
  const request: OcsfHttpRequest = {};

  if (uri !== undefined) {
    const queryAt = uri.indexOf('?');

    request.url =
      queryAt < 0
        ? { path: uri }
        : { path: uri.slice(0, queryAt), query_string: uri.slice(queryAt + 1) };
  }
  if (userAgent !== undefined) {
    request.user_agent = userAgent;
  }

  return request;
}

/**
 * The object acted on. A subresource is named the way RBAC rules name it (`pods/exec`). A
 * request on a whole collection (list, watch, deletecollection) names no object, and OCSF
 * requires a resource to have a name or uid, so its objectRef stays in `unmapped`.
 */
function resourceOf(
  objectRef: Record<string, unknown> | undefined,
): OcsfResourceDetails | undefined {
  const type = asText(objectRef?.resource);
  const name = asText(objectRef?.name);
  const uid = asText(objectRef?.uid);

  if (objectRef === undefined || type === undefined || (name === undefined && uid === undefined)) {
    return undefined;
  }
  const subresource = asText(objectRef.subresource);
  const resource: OcsfResourceDetails = {
    type: subresource === undefined ? type : `${type}/${subresource}`,
  };
  const namespace = asText(objectRef.namespace);
  const version = asText(objectRef.resourceVersion);

  if (name !== undefined) {
    resource.name = name;
  }
  if (uid !== undefined) {
    resource.uid = uid;
  }
  if (namespace !== undefined) {
    resource.namespace = namespace;
  }
  if (version !== undefined) {
    resource.version = version;
  }

  return resource;
}

/**
 * Kubernetes answers with an HTTP status: below 400 the request went through; otherwise the
 * Status reason (Forbidden, NotFound, Conflict…) says why not. An event logged before the
 * response (stage RequestReceived) has no outcome yet.
 */
function applyStatus(
  event: OcsfApiActivityEvent,
  status: Record<string, unknown> | undefined,
): void {
  const code = status?.code;

  if (typeof code !== 'number' || !Number.isInteger(code)) {
    return;
  }
  event.status_code = String(code);
  if (code < FIRST_FAILURE_CODE) {
    event.status_id = 1;

    return;
  }
  event.status_id = 2;
  const detail = asText(status?.message) ?? asText(status?.reason);

  if (detail !== undefined) {
    event.status_detail = detail;
  }
}

/**
 * Whatever has no typed home: `impersonatedUser` (OCSF 1.1.0 has no attribute for the identity
 * a request was executed as), annotations other than the authorizer's, the rest of
 * `responseStatus`, and unknown top-level fields.
 */
// TODO: impersonatedUser is kept only in `unmapped` — when the lake moves past OCSF 1.1.0 or a
// consumer needs to query on it as a user object (1.1.0 has no attribute for "acted as").
function collectUnmapped(
  record: K8sAuditEvent,
  annotations: Record<string, unknown> | undefined,
  unmapped: Unmapped,
): void {
  for (const key of Object.keys(record)) {
    const value = record[key];

    if (!MAPPED_KEYS.has(key) && key !== 'kind' && value !== undefined && value !== null) {
      unmapped[key] = value;
    }
  }
  const otherAnnotations = keepOnly(annotations, (key, value) => !isMappedAnnotation(key, value));
  const statusRest = keepOnly(
    asObject(record.responseStatus),
    (key) => !MAPPED_STATUS_KEYS.has(key),
  );
  const objectRef = asObject(record.objectRef);

  if (objectRef !== undefined && resourceOf(objectRef) === undefined) {
    unmapped.objectRef = objectRef;
  }

  if (otherAnnotations !== undefined) {
    unmapped.annotations = otherAnnotations;
  }
  if (statusRest !== undefined) {
    unmapped.responseStatus = statusRest;
  }
}

function keepOnly(
  source: Record<string, unknown> | undefined,
  keep: (key: string, value: unknown) => boolean,
): Record<string, unknown> | undefined {
  if (source === undefined) {
    return undefined;
  }
  const rest: Record<string, unknown> = {};
  let found = false;

  for (const key of Object.keys(source)) {
    if (keep(key, source[key])) {
      rest[key] = source[key];
      found = true;
    }
  }

  return found ? rest : undefined;
}
