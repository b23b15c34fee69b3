import type {
  OcsfConnectionInfo,
  OcsfNetworkActivityEvent,
  OcsfNetworkEndpoint,
  OcsfNetworkTraffic,
} from '@tarn/ocsf';
import { DEFAULT_OCSF_VERSION, finalizeEvent } from '@tarn/ocsf';
import { isIP } from 'node:net';

import type { NormalizeOptions } from '../../source-mapper.interface';
import { configuredCloud } from '../../util/configured-cloud.util';
import { invalidFieldError, missingFieldError } from '../../util/mapping.error';
import { parseTimestamp } from '../../util/parse-timestamp.util';
import { activityIdOf, directionOf } from './zeek-conn-activity';
import type { ZeekConnRecord } from './zeek-conn.types';

const MAX_PORT = 65_535;
/** IANA protocol numbers for Zeek's `proto` values. */
const PROTOCOL_NUMBERS: Readonly<Partial<Record<string, number>>> = { icmp: 1, tcp: 6, udp: 17 };
const ICMPV6 = 58;

/** Fields this builder maps; every other field of the record goes to `unmapped` as it is. */
const MAPPED_FIELDS = new Set([
  'ts',
  'uid',
  'id.orig_h',
  'id.orig_p',
  'id.resp_h',
  'id.resp_p',
  'proto',
  'service',
  'duration',
  'orig_bytes',
  'resp_bytes',
  'orig_pkts',
  'resp_pkts',
  'local_orig',
  'local_resp',
  'orig_l2_addr',
  'resp_l2_addr',
]);

/** One conn.log record → Network Activity (4001). */
export function buildZeekConnEvent(
  record: ZeekConnRecord,
  options: NormalizeOptions,
  rawText: string | undefined,
): OcsfNetworkActivityEvent {
  const time = timeOrThrow(record.ts);
  const unmapped = unmappedOf(record);
  const event: OcsfNetworkActivityEvent = {
    class_uid: 4001,
    category_uid: 4,
    activity_id: activityIdOf(record.proto, record.conn_state),
    type_uid: 0,
    severity_id: 1,
    time,
    start_time: time,
    metadata: metadataOf(record.uid),
    src_endpoint: endpointOrThrow(record, 'orig', unmapped),
    dst_endpoint: endpointOrThrow(record, 'resp', unmapped),
    connection_info: connectionInfoOf(record),
  };
  const traffic = trafficOf(record, unmapped);

  if (Object.keys(traffic).length > 0) {
    event.traffic = traffic;
  }

  addDuration(event, record.duration, unmapped);
  if (typeof record.service === 'string' && record.service.length > 0) {
    event.app_name = record.service;
  }
  addCloudAndRaw(event, options, rawText);
  if (Object.keys(unmapped).length > 0) {
    event.unmapped = unmapped;
  }

  return finalizeEvent(event);
}

function timeOrThrow(ts: unknown): number {
  if (ts === undefined || ts === '') {
    throw missingFieldError('ts');
  }
  // Zeek writes epoch seconds with microseconds; OCSF keeps whole milliseconds. Going
  // through whole microseconds first keeps 0.123 s from flooring to 122 ms (binary floats).
  const time =
    typeof ts === 'number' ? Math.floor(Math.round(ts * 1_000_000) / 1000) : parseTimestamp(ts);

  if (time === undefined || !Number.isFinite(time)) {
    throw invalidFieldError('ts', ts, 'epoch seconds or an ISO-8601 time');
  }

  return time;
}

function metadataOf(uid: unknown): OcsfNetworkActivityEvent['metadata'] {
  const metadata: OcsfNetworkActivityEvent['metadata'] = {
    version: DEFAULT_OCSF_VERSION,
    product: { name: 'Zeek', vendor_name: 'Zeek', feature: { name: 'conn' } },
    log_name: 'conn',
  };

  if (typeof uid === 'string' && uid.length > 0) {
    metadata.uid = uid;
  }

  return metadata;
}

/**
 * `id.orig_*` is the source and `id.resp_*` the destination. The addresses are the point of
 * the record, so a bad one rejects it; a bad port only moves to `unmapped`. For ICMP Zeek
 * puts ICMP message numbers in the port fields: they are no ports, so they stay in
 * `unmapped` under their Zeek names.
 */
function endpointOrThrow(
  record: ZeekConnRecord,
  side: 'orig' | 'resp',
  unmapped: Record<string, unknown>,
): OcsfNetworkEndpoint {
  const ipField = `id.${side}_h`;
  const portField = `id.${side}_p`;
  const ip = record[ipField];

  if (ip === undefined || ip === '') {
    throw missingFieldError(ipField);
  }
  if (typeof ip !== 'string' || isIP(ip) === 0) {
    throw invalidFieldError(ipField, ip, 'an IPv4 or IPv6 address');
  }
  const endpoint: OcsfNetworkEndpoint = { ip };
  const port = record[portField];
  const mac = record[`${side}_l2_addr`];

  if (isPort(port) && record.proto !== 'icmp') {
    endpoint.port = port;
  } else if (port !== undefined) {
    unmapped[portField] = port;
  }
  if (typeof mac === 'string' && mac.length > 0) {
    endpoint.mac = mac;
  }

  return endpoint;
}

function connectionInfoOf(record: ZeekConnRecord): OcsfConnectionInfo {
  const info: OcsfConnectionInfo = { ...directionOf(record.local_orig, record.local_resp) };
  const ipVersion = isIP(record['id.orig_h'] ?? '');

  if (typeof record.proto === 'string' && record.proto.length > 0) {
    info.protocol_name = record.proto;
    const number =
      record.proto === 'icmp' && ipVersion === 6 ? ICMPV6 : PROTOCOL_NUMBERS[record.proto];

    if (number !== undefined) {
      info.protocol_num = number;
    }
  }
  if (ipVersion === 4 || ipVersion === 6) {
    info.protocol_ver_id = ipVersion;
  }
  if (typeof record.uid === 'string' && record.uid.length > 0) {
    info.uid = record.uid;
  }

  return info;
}

/**
 * Seen from the source endpoint (the originator): what it sent is out, what the responder
 * sent back is in. Zeek counts payload bytes here (IP-level totals are `orig_ip_bytes`/
 * `resp_ip_bytes`, kept in `unmapped`).
 */
function trafficOf(record: ZeekConnRecord, unmapped: Record<string, unknown>): OcsfNetworkTraffic {
  const traffic: OcsfNetworkTraffic = {};
  const bytesOut = countOf(record, 'orig_bytes', unmapped);
  const bytesIn = countOf(record, 'resp_bytes', unmapped);
  const packetsOut = countOf(record, 'orig_pkts', unmapped);
  const packetsIn = countOf(record, 'resp_pkts', unmapped);

  if (bytesOut !== undefined) {
    traffic.bytes_out = bytesOut;
  }
  if (bytesIn !== undefined) {
    traffic.bytes_in = bytesIn;
  }
  if (bytesOut !== undefined || bytesIn !== undefined) {
    traffic.bytes = (bytesOut ?? 0) + (bytesIn ?? 0);
  }
  if (packetsOut !== undefined) {
    traffic.packets_out = packetsOut;
  }
  if (packetsIn !== undefined) {
    traffic.packets_in = packetsIn;
  }
  if (packetsOut !== undefined || packetsIn !== undefined) {
    traffic.packets = (packetsOut ?? 0) + (packetsIn ?? 0);
  }

  return traffic;
}

function countOf(
  record: ZeekConnRecord,
  field: string,
  unmapped: Record<string, unknown>,
): number | undefined {
  const value = record[field];

  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
    return value;
  }
  if (value !== undefined) {
    unmapped[field] = value;
  }

  return undefined;
}

/** Zeek's duration is seconds; OCSF's is whole milliseconds, and the end time follows from it. */
function addDuration(
  event: OcsfNetworkActivityEvent,
  duration: unknown,
  unmapped: Record<string, unknown>,
): void {
  if (typeof duration === 'number' && Number.isFinite(duration) && duration >= 0) {
    event.duration = Math.round(duration * 1000);
    event.end_time = event.time + event.duration;
  } else if (duration !== undefined) {
    unmapped.duration = duration;
  }
}

function unmappedOf(record: ZeekConnRecord): Record<string, unknown> {
  const unmapped: Record<string, unknown> = {};

  for (const [field, value] of Object.entries(record)) {
    if (!MAPPED_FIELDS.has(field)) {
      unmapped[field] = value;
    }
  }

  return unmapped;
}

function isPort(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_PORT;
}

function addCloudAndRaw(
  event: OcsfNetworkActivityEvent,
  options: NormalizeOptions,
  rawText: string | undefined,
): void {
  const cloud = configuredCloud(options);

  if (cloud !== undefined) {
    event.cloud = cloud;
  }
  if (options.keepRawData === true && rawText !== undefined) {
    event.raw_data = rawText;
  }
}
