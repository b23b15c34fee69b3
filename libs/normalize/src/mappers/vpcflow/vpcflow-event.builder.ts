import { finalizeEvent } from '@tarn/ocsf';
import type {
  OcsfConnectionInfo,
  OcsfDevice,
  OcsfNetworkActivityEvent,
  OcsfNetworkEndpoint,
  OcsfNetworkTraffic,
} from '@tarn/ocsf';

import type { NormalizeOptions } from '../../source-mapper.interface';
import { MappingError, invalidFieldError, missingFieldError } from '../../util/mapping.error';
import { RejectionCode } from '../../rejection';
import { awsCloud } from '../aws-shared/aws-cloud.util';
import { isValidIp, toCount, toPort } from '../aws-shared/aws-value.util';
import {
  boundaryIdOf,
  directionCaptionOf,
  directionIdOf,
  findFlowOutcome,
  protocolVersionIdOf,
} from './vpcflow-action.rules';
import type { FlowOutcome } from './vpcflow-action.rules';
import { MAPPED_VPC_FLOW_FIELDS } from './vpcflow.types';
import type { VpcFlowRecord } from './vpcflow.types';

const MAPPED_FIELDS: ReadonlySet<string> = new Set(MAPPED_VPC_FLOW_FIELDS);
const ACTION_CAPTIONS = ['Unknown', 'Allowed', 'Denied'];
const DISPOSITION_CAPTIONS = ['Unknown', 'Allowed', 'Blocked'];
const BOUNDARY_CAPTIONS: Readonly<Record<number, string>> = {
  4: 'Same VPC',
  5: 'Internet/VPC Gateway',
  6: 'Virtual Private Gateway',
  7: 'Intra-region VPC',
  8: 'Inter-region VPC',
  9: 'Local Gateway',
  10: 'Gateway VPC',
  11: 'Internet Gateway',
};

/** Reads one flow record through its format; `-` (AWS's "no value") reads as absent. */
class FlowFields {
  readonly unmapped: Record<string, unknown> = {};

  constructor(private readonly record: VpcFlowRecord) {}

  get(field: string): string | undefined {
    const column = this.record.format.columns.get(field);
    const value = column === undefined ? undefined : this.record.values[column];

    return value === undefined || value === '-' ? undefined : value;
  }

  /** An invalid non-essential value is kept in `unmapped` rather than failing the record. */
  keepInvalid(field: string, value: string): void {
    this.unmapped[toUnmappedKey(field)] = value;
  }
}

export function buildFlowEvent(
  record: VpcFlowRecord,
  options: NormalizeOptions,
): OcsfNetworkActivityEvent {
  const fields = new FlowFields(record);
  const outcome = outcomeOrThrow(fields.get('action'));
  const startTime = epochSecondsToMs(fields, 'start');
  const endTime = epochSecondsToMs(fields, 'end');
  const time = startTime ?? endTime;

  if (time === undefined) {
    throw missingFieldError('start');
  }
  const directionId = directionIdOf(fields.get('flow-direction'));
  const { src, dst, device } = buildEndpoints(fields, directionId);
  const event: OcsfNetworkActivityEvent = {
    class_uid: 4001,
    category_uid: 4,
    activity_id: outcome.activity_id,
    type_uid: 0,
    severity_id: 1,
    time,
    metadata: buildMetadata(fields),
    cloud: awsCloud(fields.get('account-id'), fields.get('region'), options),
    src_endpoint: src,
    dst_endpoint: dst,
    connection_info: buildConnectionInfo(fields, directionId),
    action_id: outcome.action_id,
    action: ACTION_CAPTIONS[outcome.action_id],
  };

  applyOutcome(event, outcome, fields);
  applyOptionalFields(event, fields, startTime, endTime, device);
  collectUnmapped(fields, record);
  if (Object.keys(fields.unmapped).length > 0) {
    event.unmapped = fields.unmapped;
  }
  if (options.keepRawData === true) {
    event.raw_data = record.text;
  }

  return finalizeEvent(event);
}

function outcomeOrThrow(action: string | undefined): FlowOutcome {
  const outcome = findFlowOutcome(action);

  if (outcome === undefined) {
    throw invalidFieldError('action', action, 'ACCEPT, REJECT or "-"');
  }

  return outcome;
}

function epochSecondsToMs(fields: FlowFields, field: 'start' | 'end'): number | undefined {
  const text = fields.get(field);

  if (text === undefined) {
    return undefined;
  }
  const seconds = toCount(text);

  if (seconds === undefined) {
    throw invalidFieldError(field, text, 'epoch seconds');
  }

  return seconds * 1000;
}

function buildMetadata(fields: FlowFields): OcsfNetworkActivityEvent['metadata'] {
  const version = fields.get('version');

  return {
    version: '1.1.0',
    product: {
      name: 'Amazon VPC',
      vendor_name: 'AWS',
      feature: { name: 'Flowlogs' },
      ...(version === undefined ? {} : { version }),
    },
    profiles: ['cloud', 'security_control', 'datetime'],
  };
}

function applyOutcome(
  event: OcsfNetworkActivityEvent,
  outcome: FlowOutcome,
  fields: FlowFields,
): void {
  if (outcome.disposition_id !== undefined) {
    event.disposition_id = outcome.disposition_id;
    event.disposition = DISPOSITION_CAPTIONS[outcome.disposition_id];
  }
  if (outcome.status_id !== undefined) {
    event.status_id = outcome.status_id;
  }
  const logStatus = fields.get('log-status');

  if (logStatus !== undefined) {
    event.status_code = logStatus;
  }
}

function applyOptionalFields(
  event: OcsfNetworkActivityEvent,
  fields: FlowFields,
  startTime: number | undefined,
  endTime: number | undefined,
  device: OcsfDevice | undefined,
): void {
  if (startTime !== undefined) {
    event.start_time = startTime;
  }
  if (endTime !== undefined) {
    event.end_time = endTime;
  }
  const traffic = buildTraffic(fields);

  if (traffic !== undefined) {
    event.traffic = traffic;
  }
  if (device !== undefined) {
    // `device` belongs to OCSF's host profile, which must then be declared.
    event.device = device;
    event.metadata.profiles?.push('host');
  }
  const zone = fields.get('az-id');

  if (zone !== undefined && event.cloud !== undefined) {
    event.cloud.zone = zone;
  }
}

function buildTraffic(fields: FlowFields): OcsfNetworkTraffic | undefined {
  const traffic: OcsfNetworkTraffic = {};

  for (const field of ['bytes', 'packets'] as const) {
    const text = fields.get(field);
    const count = text === undefined ? undefined : toCount(text);

    if (count !== undefined) {
      traffic[field] = count;
    } else if (text !== undefined) {
      fields.keepInvalid(field, text);
    }
  }

  return Object.keys(traffic).length > 0 ? traffic : undefined;
}

function buildConnectionInfo(fields: FlowFields, directionId: number): OcsfConnectionInfo {
  const info: OcsfConnectionInfo = { direction_id: directionId };
  const direction = directionCaptionOf(directionId);

  if (direction !== undefined) {
    info.direction = direction;
  }
  setCount(fields, 'protocol', (value) => (info.protocol_num = value));
  setCount(fields, 'tcp-flags', (value) => (info.tcp_flags = value));
  const type = fields.get('type');
  const versionId = protocolVersionIdOf(type);

  if (type !== undefined && versionId !== undefined) {
    info.protocol_ver_id = versionId;
    info.protocol_ver = type;
  }
  const boundaryId = boundaryIdOf(fields.get('traffic-path'));

  if (boundaryId !== undefined) {
    info.boundary_id = boundaryId;
    info.boundary = BOUNDARY_CAPTIONS[boundaryId];
  }

  return info;
}

function setCount(fields: FlowFields, field: string, set: (value: number) => void): void {
  const text = fields.get(field);

  if (text === undefined) {
    return;
  }
  const value = toCount(text);

  if (value === undefined) {
    fields.keepInvalid(field, text);
  } else {
    set(value);
  }
}

interface FlowEndpoints {
  src: OcsfNetworkEndpoint;
  dst: OcsfNetworkEndpoint;
  device?: OcsfDevice;
}

/**
 * The interface, instance, VPC and subnet belong to the end the flow log was captured at:
 * the destination for ingress, the source for egress (Security Lake's placement). Without
 * `flow-direction` (formats before version 5) that end is unknown, so they describe the
 * reporting `device` instead of guessing a side.
 */
function buildEndpoints(fields: FlowFields, directionId: number): FlowEndpoints {
  const src = buildAddressEnd(fields, 'srcaddr', 'pkt-srcaddr', 'srcport', 'pkt-src-aws-service');
  const dst = buildAddressEnd(fields, 'dstaddr', 'pkt-dstaddr', 'dstport', 'pkt-dst-aws-service');
  const location = buildCaptureLocation(fields);

  if (directionId === 1) {
    Object.assign(dst, location);
  } else if (directionId === 2) {
    Object.assign(src, location);
  }
  const device =
    directionId === 0 && Object.keys(location).length > 0 ? { type_id: 0, ...location } : undefined;

  fillEmptyEnd(src, location);
  fillEmptyEnd(dst, location);

  return device === undefined ? { src, dst } : { src, dst, device };
}

function buildAddressEnd(
  fields: FlowFields,
  addressField: string,
  packetAddressField: string,
  portField: string,
  serviceField: string,
): OcsfNetworkEndpoint {
  const end: OcsfNetworkEndpoint = {};
  const address = validIp(fields, addressField);
  const packetAddress = validIp(fields, packetAddressField);

  // The packet-level address is the real peer when a NAT gateway or load balancer sits
  // between; the interface-level address is then the hop it went through.
  if (packetAddress !== undefined && address !== undefined && packetAddress !== address) {
    end.ip = packetAddress;
    end.intermediate_ips = [address];
  } else {
    const ip = packetAddress ?? address;

    if (ip !== undefined) {
      end.ip = ip;
    }
  }
  const portText = fields.get(portField);
  const port = toPort(portText);

  if (port !== undefined) {
    end.port = port;
  } else if (portText !== undefined) {
    fields.keepInvalid(portField, portText);
  }
  const service = fields.get(serviceField);

  if (service !== undefined) {
    end.svc_name = service;
  }

  return end;
}

function validIp(fields: FlowFields, field: string): string | undefined {
  const value = fields.get(field);

  if (value === undefined || isValidIp(value)) {
    return value;
  }
  fields.keepInvalid(field, value);

  return undefined;
}

function buildCaptureLocation(fields: FlowFields): Partial<OcsfNetworkEndpoint> {
  const location: Partial<OcsfNetworkEndpoint> = {};
  const interfaceUid = fields.get('interface-id');
  const instanceUid = fields.get('instance-id');
  const vpcUid = fields.get('vpc-id');
  const subnetUid = fields.get('subnet-id');

  if (interfaceUid !== undefined) {
    location.interface_uid = interfaceUid;
  }
  if (instanceUid !== undefined) {
    location.instance_uid = instanceUid;
  }
  if (vpcUid !== undefined) {
    location.vpc_uid = vpcUid;
  }
  if (subnetUid !== undefined) {
    location.subnet_uid = subnetUid;
  }

  return location;
}

/**
 * NODATA/SKIPDATA records have no addresses, but Network Activity requires both endpoints
 * to identify something: the record is about the capturing interface, so an end with
 * nothing else names that interface.
 */
function fillEmptyEnd(end: OcsfNetworkEndpoint, location: Partial<OcsfNetworkEndpoint>): void {
  const identified =
    end.ip !== undefined ||
    end.svc_name !== undefined ||
    end.interface_uid !== undefined ||
    end.instance_uid !== undefined;

  if (!identified && location.interface_uid !== undefined) {
    end.interface_uid = location.interface_uid;
  } else if (!identified && location.instance_uid !== undefined) {
    end.instance_uid = location.instance_uid;
  }
}

function collectUnmapped(fields: FlowFields, record: VpcFlowRecord): void {
  // The reader only passes records whose value count matches the format's field count.
  record.format.names.forEach((name, column) => {
    const value = record.values[column];

    if (!MAPPED_FIELDS.has(name) && value !== '-') {
      fields.unmapped[toUnmappedKey(name)] = value;
    }
  });
}

/** Security Lake spells flow fields in snake_case (`sublocation_id`); so does `unmapped`. */
function toUnmappedKey(field: string): string {
  return field.replaceAll('-', '_');
}

export function fieldCountError(expected: number, actual: number): MappingError {
  return new MappingError(
    RejectionCode.MalformedRecord,
    `flow record has ${actual} fields; its format has ${expected}. Pass the log's format in options.vpcFlowFormat or keep the header line`,
  );
}
