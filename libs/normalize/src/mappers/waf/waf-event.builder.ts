import { finalizeEvent } from '@tarn/ocsf';
import type {
  OcsfFirewallRule,
  OcsfHttpActivityEvent,
  OcsfHttpResponse,
  OcsfNetworkEndpoint,
} from '@tarn/ocsf';

import type { NormalizeOptions } from '../../source-mapper.interface';
import { invalidFieldError, missingFieldError } from '../../util/mapping.error';
import { requireTimestamp } from '../../util/parse-timestamp.util';
import { parseArn } from '../aws-shared/aws-arn.util';
import { awsCloud } from '../aws-shared/aws-cloud.util';
import { asArray, asObject, asText, isValidIp, toCount } from '../aws-shared/aws-value.util';
import { activityIdOfMethod, OTHER_ACTIVITY_ID, outcomeOf } from './waf-action.rules';
import type { WafOutcome } from './waf-action.rules';
import { buildHttpRequest } from './waf-http-request.builder';
import type { WafRequestView } from './waf-http-request.builder';
import type { WafLogRecord } from './waf.types';

/** Top-level fields placed in typed attributes; any other non-empty field goes to `unmapped`. */
const MAPPED_KEYS: ReadonlySet<string> = new Set([
  'timestamp',
  'formatVersion',
  'webaclId',
  'terminatingRuleId',
  'terminatingRuleType',
  'action',
  'terminatingRuleMatchDetails',
  'httpSourceName',
  'httpSourceId',
  'responseCodeSent',
  'httpRequest',
  'labels',
]);

/** `httpRequest` fields that `buildHttpRequest` maps. */
const MAPPED_REQUEST_KEYS: ReadonlySet<string> = new Set([
  'clientIp',
  'country',
  'headers',
  'uri',
  'args',
  'httpVersion',
  'httpMethod',
  'requestId',
]);

/** OCSF 1.1.0 lists the methods `http_request.http_method` may hold; others stay unmapped. */
const OCSF_HTTP_METHODS: ReadonlySet<string> = new Set([
  'CONNECT',
  'DELETE',
  'GET',
  'HEAD',
  'OPTIONS',
  'POST',
  'PUT',
  'TRACE',
]);

/**
 * OCSF requires `http_response.code`, but WAF forwards an allowed request and never sees the
 * origin's answer. 0 is no HTTP status, so it cannot be mistaken for one.
 */
// TODO: fill the origin's status from the ALB/CloudFront access log — when those sources are
// joined with WAF records by request id.
const RESPONSE_NOT_SEEN = 0;

type Unmapped = Record<string, unknown>;

export function buildWafEvent(
  record: WafLogRecord,
  options: NormalizeOptions,
): OcsfHttpActivityEvent {
  const rawRequest = asObject(record.httpRequest);
  const action = asText(record.action);

  if (rawRequest === undefined) {
    throw missingFieldError('httpRequest');
  }
  if (action === undefined) {
    throw missingFieldError('action');
  }
  const unmapped: Unmapped = {};
  const outcome = outcomeOf(action);
  const view = buildHttpRequest(rawRequest);
  const webAcl = parseArn(asText(record.webaclId));
  const event: OcsfHttpActivityEvent = {
    class_uid: 4002,
    category_uid: 4,
    activity_id: activityIdOfMethod(view.method),
    type_uid: 0,
    severity_id: 1,
    time: requireTimestamp(record.timestamp, 'timestamp'),
    metadata: buildMetadata(record),
    cloud: awsCloud(emptyToUndefined(webAcl?.account), emptyToUndefined(webAcl?.region), options),
    src_endpoint: buildSourceEndpoint(view),
    dst_endpoint: buildDestinationEndpoint(record, view),
    http_request: view.request,
    http_response: buildHttpResponse(record, outcome),
    action_id: outcome.action_id,
    action: outcome.action,
    disposition_id: outcome.disposition_id,
    disposition: outcome.disposition,
  };

  if (event.activity_id === OTHER_ACTIVITY_ID && view.method !== undefined) {
    event.activity_name = view.method;
  }
  if (view.method !== undefined && !OCSF_HTTP_METHODS.has(view.method)) {
    delete view.request.http_method;
    unmapped.httpRequest = { httpMethod: view.method };
  }
  applyFirewallRule(event, record, unmapped);
  collectUnmapped(record, rawRequest, unmapped);
  if (Object.keys(unmapped).length > 0) {
    event.unmapped = unmapped;
  }
  if (options.keepRawData === true) {
    event.raw_data = JSON.stringify(record);
  }

  return finalizeEvent(event);
}

function buildMetadata(record: WafLogRecord): OcsfHttpActivityEvent['metadata'] {
  const metadata: OcsfHttpActivityEvent['metadata'] = {
    version: '1.1.0',
    product: { name: 'AWS WAF', vendor_name: 'AWS' },
  };
  const formatVersion = record.formatVersion;
  const webAclId = asText(record.webaclId);
  const requestId = asText(asObject(record.httpRequest)?.requestId);
  const labels = asArray(record.labels)
    .map((label) => asText(asObject(label)?.name))
    .filter((name): name is string => name !== undefined);

  if (typeof formatVersion === 'number' || typeof formatVersion === 'string') {
    metadata.product.version = String(formatVersion);
  }
  if (webAclId !== undefined) {
    metadata.product.feature = { uid: webAclId };
  }
  if (requestId !== undefined) {
    metadata.uid = requestId;
  }
  if (labels.length > 0) {
    metadata.labels = labels;
  }

  return metadata;
}

/**
 * The client. Its IP is the only thing that identifies it (OCSF needs one identifying
 * attribute on a required endpoint), so a record without a usable one is rejected.
 */
function buildSourceEndpoint(view: WafRequestView): OcsfNetworkEndpoint {
  if (view.clientIp === undefined) {
    throw missingFieldError('httpRequest.clientIp');
  }
  if (!isValidIp(view.clientIp)) {
    throw invalidFieldError('httpRequest.clientIp', view.clientIp, 'an IPv4 or IPv6 address');
  }
  const endpoint: OcsfNetworkEndpoint = { ip: view.clientIp };

  if (view.country !== undefined) {
    endpoint.location = { country: view.country };
  }

  return endpoint;
}

/**
 * The protected resource the request was addressed to: its kind (ALB, APIGW, CF, APPSYNC…),
 * its id and the Host it was called by. Security Lake's sample puts these on the source,
 * but they describe the server side.
 */
function buildDestinationEndpoint(record: WafLogRecord, view: WafRequestView): OcsfNetworkEndpoint {
  const endpoint: OcsfNetworkEndpoint = {};
  const sourceName = asText(record.httpSourceName);
  const sourceId = asText(record.httpSourceId);

  if (view.host !== undefined) {
    endpoint.hostname = view.host;
  }
  if (sourceName !== undefined) {
    endpoint.svc_name = sourceName;
  }
  if (sourceId !== undefined) {
    endpoint.uid = sourceId;
  }
  if (Object.keys(endpoint).length === 0) {
    throw missingFieldError('httpSourceId');
  }

  return endpoint;
}

/** A custom response code wins; otherwise what WAF itself answers for a terminating action. */
function buildHttpResponse(record: WafLogRecord, outcome: WafOutcome): OcsfHttpResponse {
  const sent = toCount(record.responseCodeSent);

  return { code: sent ?? outcome.defaultResponseCode ?? RESPONSE_NOT_SEEN };
}

/**
 * The rule that decided. Only the first match detail fits `firewall_rule`; further ones stay
 * in `unmapped`. A rate-based rule's limit is read from its `rateBasedRuleList` entry.
 */
function applyFirewallRule(
  event: OcsfHttpActivityEvent,
  record: WafLogRecord,
  unmapped: Unmapped,
): void {
  const uid = asText(record.terminatingRuleId);

  if (uid === undefined) {
    return;
  }
  const rule: OcsfFirewallRule = { uid };
  const type = asText(record.terminatingRuleType);
  const details = asArray(record.terminatingRuleMatchDetails);
  const first = asObject(details[0]);

  if (type !== undefined) {
    rule.type = type;
  }
  if (first !== undefined) {
    applyMatchDetail(rule, first);
  }
  if (details.length > 1) {
    unmapped.terminatingRuleMatchDetails = details.slice(1);
  }
  if (type === 'RATE_BASED') {
    applyRateLimit(rule, record.rateBasedRuleList, uid);
  }
  event.firewall_rule = rule;
}

function applyMatchDetail(rule: OcsfFirewallRule, detail: Record<string, unknown>): void {
  const condition = asText(detail.conditionType);
  const sensitivity = asText(detail.sensitivityLevel);
  const location = asText(detail.location);
  const matched = asArray(detail.matchedData).filter(
    (item): item is string => typeof item === 'string',
  );

  if (condition !== undefined) {
    rule.condition = condition;
  }
  if (sensitivity !== undefined) {
    rule.sensitivity = sensitivity;
  }
  if (location !== undefined) {
    rule.match_location = location;
  }
  if (matched.length > 0) {
    rule.match_details = matched;
  }
}

function applyRateLimit(rule: OcsfFirewallRule, list: unknown, ruleId: string): void {
  const entries = asArray(list).map((item) => asObject(item));
  const entry =
    entries.find(
      (item) => item?.rateBasedRuleName === ruleId || item?.rateBasedRuleId === ruleId,
    ) ?? (entries.length === 1 ? entries[0] : undefined);
  const limit = toCount(entry?.maxRateAllowed);
  const name = asText(entry?.rateBasedRuleName);

  if (limit !== undefined) {
    rule.rate_limit = limit;
  }
  if (name !== undefined) {
    rule.name = name;
  }
}

/**
 * Rule group and rate-based evaluations, non-terminating matches, inserted headers, CAPTCHA /
 * challenge responses, JA3/JA4 fingerprints and any field added later have no OCSF 1.1.0
 * home. Empty lists and nulls carry nothing and are left out.
 */
// TODO: JA3/JA4 fingerprints to `tls` — when the lake declares the TLS-related attributes it
// needs; until then they stay in `unmapped` with the rule group evaluations.
function collectUnmapped(
  record: WafLogRecord,
  rawRequest: Record<string, unknown>,
  unmapped: Unmapped,
): void {
  for (const key of Object.keys(record)) {
    if (!MAPPED_KEYS.has(key) && hasContent(record[key])) {
      unmapped[key] = record[key];
    }
  }
  for (const key of Object.keys(rawRequest)) {
    if (!MAPPED_REQUEST_KEYS.has(key) && hasContent(rawRequest[key])) {
      const requestRest = asObject(unmapped.httpRequest) ?? {};

      requestRest[key] = rawRequest[key];
      unmapped.httpRequest = requestRest;
    }
  }
}

function hasContent(value: unknown): boolean {
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.length === 0 ? undefined : value;
}
