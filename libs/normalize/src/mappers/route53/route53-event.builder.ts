import { finalizeEvent } from '@tarn/ocsf';
import type { OcsfDnsActivityEvent, OcsfDnsAnswer, OcsfNetworkEndpoint } from '@tarn/ocsf';

import type { NormalizeOptions } from '../../source-mapper.interface';
import { missingFieldError } from '../../util/mapping.error';
import { requireTimestamp } from '../../util/parse-timestamp.util';
import { awsCloud } from '../aws-shared/aws-cloud.util';
import { asArray, asObject, asText, isValidIp, toPort } from '../aws-shared/aws-value.util';
import { firewallOutcomeOf, rcodeOf } from './route53-rcode.rules';

const MAPPED_KEYS: ReadonlySet<string> = new Set([
  'version',
  'account_id',
  'region',
  'vpc_id',
  'query_timestamp',
  'query_name',
  'query_type',
  'query_class',
  'rcode',
  'answers',
  'srcaddr',
  'srcport',
  'transport',
  'srcids',
  'firewall_rule_group_id',
  'firewall_rule_action',
]);

const MAPPED_SRCIDS: ReadonlySet<string> = new Set([
  'instance',
  'resolver_endpoint',
  'resolver_network_interface',
]);

const ACTION_CAPTIONS = ['Unknown', 'Allowed', 'Denied'];

/**
 * One Resolver log record is a query together with its outcome, so it is DNS Activity
 * "Traffic" (6) as in Security Lake's sample, whether or not answers came back.
 */
export function buildResolverEvent(
  record: Record<string, unknown>,
  options: NormalizeOptions,
): OcsfDnsActivityEvent {
  const hostname = asText(record.query_name);

  if (hostname === undefined) {
    throw missingFieldError('query_name');
  }
  const unmapped: Record<string, unknown> = {};
  const version = asText(record.version);
  const event: OcsfDnsActivityEvent = {
    class_uid: 4003,
    category_uid: 4,
    activity_id: 6,
    type_uid: 0,
    severity_id: 1,
    time: requireTimestamp(record.query_timestamp, 'query_timestamp'),
    metadata: {
      version: '1.1.0',
      product: {
        name: 'Route 53',
        vendor_name: 'AWS',
        feature: { name: 'Resolver Query Logs' },
        ...(version === undefined ? {} : { version }),
      },
      profiles: [],
    },
    cloud: awsCloud(asText(record.account_id), asText(record.region), options),
    query: buildQuery(record, hostname),
    src_endpoint: buildSource(record, unmapped),
  };

  applyResponse(event, record);
  applyResolverEndpoint(event, record);
  applyFirewall(event, record);
  const transport = asText(record.transport);

  if (transport !== undefined) {
    event.connection_info = { direction_id: 0, direction: 'Unknown', protocol_name: transport };
  }
  collectUnmapped(record, unmapped);
  if (Object.keys(unmapped).length > 0) {
    event.unmapped = unmapped;
  }
  if (options.keepRawData === true) {
    event.raw_data = JSON.stringify(record);
  }

  return finalizeEvent(event);
}

function buildQuery(
  record: Record<string, unknown>,
  hostname: string,
): OcsfDnsActivityEvent['query'] {
  const query: NonNullable<OcsfDnsActivityEvent['query']> = { hostname };
  const type = asText(record.query_type);
  const dnsClass = asText(record.query_class);

  if (type !== undefined) {
    query.type = type;
  }
  if (dnsClass !== undefined) {
    query.class = dnsClass;
  }

  return query;
}

function buildSource(
  record: Record<string, unknown>,
  unmapped: Record<string, unknown>,
): OcsfNetworkEndpoint {
  const endpoint: OcsfNetworkEndpoint = {};
  const address = asText(record.srcaddr);
  const port = toPort(record.srcport);
  const vpcUid = asText(record.vpc_id);
  const instanceUid = asText(asObject(record.srcids)?.instance);

  if (address !== undefined && isValidIp(address)) {
    endpoint.ip = address;
  } else if (address !== undefined) {
    unmapped.srcaddr = address;
  }
  if (port !== undefined) {
    endpoint.port = port;
  } else if (record.srcport !== undefined) {
    unmapped.srcport = record.srcport;
  }
  if (vpcUid !== undefined) {
    endpoint.vpc_uid = vpcUid;
  }
  if (instanceUid !== undefined) {
    endpoint.instance_uid = instanceUid;
  }

  return endpoint;
}

function applyResponse(event: OcsfDnsActivityEvent, record: Record<string, unknown>): void {
  const rcode = asText(record.rcode);

  if (rcode !== undefined) {
    const { rcode_id, rcode: caption } = rcodeOf(rcode);

    event.rcode_id = rcode_id;
    event.rcode = caption;
  }
  const answers: OcsfDnsAnswer[] = [];

  for (const item of asArray(record.answers)) {
    const raw = asObject(item);
    const rdata = asText(raw?.Rdata);

    if (raw === undefined || rdata === undefined) {
      continue;
    }
    const answer: OcsfDnsAnswer = { rdata };
    const type = asText(raw.Type);
    const dnsClass = asText(raw.Class);

    if (type !== undefined) {
      answer.type = type;
    }
    if (dnsClass !== undefined) {
      answer.class = dnsClass;
    }
    answers.push(answer);
  }
  if (answers.length > 0) {
    event.answers = answers;
  }
}

/** Queries forwarded through a Resolver endpoint name it as the destination. */
function applyResolverEndpoint(event: OcsfDnsActivityEvent, record: Record<string, unknown>): void {
  const srcids = asObject(record.srcids);
  const endpointUid = asText(srcids?.resolver_endpoint);
  const interfaceUid = asText(srcids?.resolver_network_interface);

  if (endpointUid === undefined && interfaceUid === undefined) {
    return;
  }
  const destination: OcsfNetworkEndpoint = {};

  if (endpointUid !== undefined) {
    destination.instance_uid = endpointUid;
  }
  if (interfaceUid !== undefined) {
    destination.interface_uid = interfaceUid;
  }
  event.dst_endpoint = destination;
}

/**
 * Only DNS Firewall records carry a decision, so only they declare `security_control`
 * (whose `action_id` is then required); plain query logs have no action to report.
 */
function applyFirewall(event: OcsfDnsActivityEvent, record: Record<string, unknown>): void {
  const action = asText(record.firewall_rule_action);
  const outcome = action === undefined ? undefined : firewallOutcomeOf(action);
  const ruleGroup = asText(record.firewall_rule_group_id);

  if (outcome === undefined && ruleGroup === undefined) {
    return;
  }
  event.metadata.profiles?.push('security_control');
  event.action_id = outcome?.action_id ?? 0;
  event.action = ACTION_CAPTIONS[event.action_id];
  if (outcome !== undefined) {
    event.disposition_id = outcome.disposition_id;
    event.disposition = outcome.disposition;
  }
  if (ruleGroup !== undefined) {
    event.firewall_rule = { uid: ruleGroup };
  }
}

function collectUnmapped(record: Record<string, unknown>, unmapped: Record<string, unknown>): void {
  for (const key of Object.keys(record)) {
    const value = record[key];

    if (!MAPPED_KEYS.has(key) && value !== null && value !== undefined) {
      unmapped[key] = value;
    }
  }
  const action = asText(record.firewall_rule_action);

  if (action !== undefined && firewallOutcomeOf(action) === undefined) {
    unmapped.firewall_rule_action = action;
  }
  const srcids = asObject(record.srcids);

  for (const key of srcids === undefined ? [] : Object.keys(srcids)) {
    if (!MAPPED_SRCIDS.has(key)) {
      unmapped[`srcids.${key}`] = srcids?.[key];
    }
  }
}
