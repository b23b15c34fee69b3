import type { OcsfLocation, OcsfNetworkEndpoint } from '@tarn/ocsf';

import { isValidIp, toPort } from '../aws-shared/aws-value.util';
import { field, fieldNumber, fieldObject, fieldObjects, fieldText } from './guardduty-field.util';
import type { GdObject } from './guardduty-field.util';

/** An OCSF 1.1.0 `evidences` entry; only the attributes GuardDuty actions fill. */
export type Evidence = Record<string, unknown>;

/** GuardDuty `ConnectionDirection` → OCSF network direction (1 Inbound, 2 Outbound). */
const DIRECTION_IDS: Readonly<Record<string, number>> = { INBOUND: 1, OUTBOUND: 2 };
const UNKNOWN_DIRECTION_ID = 0;

/**
 * What the finding observed (`Service.Action`) as evidence: the API call, the network
 * connection or probes, the DNS query. Each entry also keeps GuardDuty's own action details
 * in `data`, because blocked flags, organisation and threat-list names have no typed home.
 */
export function buildEvidences(action: GdObject | undefined): Evidence[] {
  if (action === undefined) {
    return [];
  }
  const evidences: Evidence[] = [];
  const apiCall = fieldObject(action, 'AwsApiCallAction');
  const kubernetesCall = fieldObject(action, 'KubernetesApiCallAction');
  const connection = fieldObject(action, 'NetworkConnectionAction');
  const dnsRequest = fieldObject(action, 'DnsRequestAction');

  if (apiCall !== undefined) {
    evidences.push(apiCallEvidence(apiCall));
  }
  if (kubernetesCall !== undefined) {
    evidences.push(kubernetesCallEvidence(kubernetesCall));
  }
  if (connection !== undefined) {
    evidences.push(connectionEvidence(connection));
  }
  for (const probe of fieldObjects(fieldObject(action, 'PortProbeAction'), 'PortProbeDetails')) {
    evidences.push(probeEvidence(probe));
  }
  if (dnsRequest !== undefined) {
    evidences.push(dnsEvidence(dnsRequest));
  }
  // TODO: typed evidence for RDS login attempts and runtime (process) actions — when a
  // consumer needs them; until then their details are kept whole as the evidence's data.
  if (evidences.length === 0 && Object.keys(action).length > 0) {
    evidences.push({ data: action });
  }

  return evidences;
}

function apiCallEvidence(call: GdObject): Evidence {
  const evidence: Evidence = { data: call };
  const operation = fieldText(call, 'Api');
  const service = fieldText(call, 'ServiceName');
  const errorCode = fieldText(call, 'ErrorCode');
  const remote = remoteEndpointOf(call);

  if (operation !== undefined) {
    evidence.api = {
      operation,
      ...(service === undefined ? {} : { service: { name: service } }),
      ...(errorCode === undefined ? {} : { response: { error: errorCode } }),
    };
  }
  if (remote !== undefined) {
    evidence.src_endpoint = remote;
  }

  return evidence;
}

function kubernetesCallEvidence(call: GdObject): Evidence {
  const evidence: Evidence = { data: call };
  const verb = fieldText(call, 'Verb');
  const statusCode = fieldNumber(call, 'StatusCode');
  const remote = remoteEndpointOf(call) ?? firstSourceIpOf(call);

  if (verb !== undefined) {
    evidence.api =
      statusCode !== undefined && Number.isInteger(statusCode)
        ? { operation: verb, response: { code: statusCode } }
        : { operation: verb };
  }
  if (remote !== undefined) {
    evidence.src_endpoint = remote;
  }

  return evidence;
}

/** Inbound: the remote host connected to ours; outbound: ours connected to it. */
function connectionEvidence(connection: GdObject): Evidence {
  const direction = fieldText(connection, 'ConnectionDirection');
  const directionId =
    direction !== undefined && Object.prototype.hasOwnProperty.call(DIRECTION_IDS, direction)
      ? DIRECTION_IDS[direction]
      : UNKNOWN_DIRECTION_ID;
  const remote = withPort(
    remoteEndpointOf(connection),
    fieldObject(connection, 'RemotePortDetails'),
  );
  const local = withPort(
    endpointOfIp(fieldObject(connection, 'LocalIpDetails')),
    fieldObject(connection, 'LocalPortDetails'),
  );
  const protocol = fieldText(connection, 'Protocol');
  const evidence: Evidence = {
    connection_info:
      protocol === undefined
        ? { direction_id: directionId }
        : { direction_id: directionId, protocol_name: protocol },
    data: connection,
  };
  const [src, dst] = directionId === 2 ? [local, remote] : [remote, local];

  if (src !== undefined) {
    evidence.src_endpoint = src;
  }
  if (dst !== undefined) {
    evidence.dst_endpoint = dst;
  }

  return evidence;
}

/** A port probe is always inbound: the remote host knocked on a local port. */
function probeEvidence(probe: GdObject): Evidence {
  const evidence: Evidence = { connection_info: { direction_id: 1 }, data: probe };
  const remote = remoteEndpointOf(probe);
  const local = withPort(
    endpointOfIp(fieldObject(probe, 'LocalIpDetails')),
    fieldObject(probe, 'LocalPortDetails'),
  );

  if (remote !== undefined) {
    evidence.src_endpoint = remote;
  }
  if (local !== undefined) {
    evidence.dst_endpoint = local;
  }

  return evidence;
}

function dnsEvidence(request: GdObject): Evidence {
  const evidence: Evidence = { data: request };
  const domain = fieldText(request, 'Domain');
  const protocol = fieldText(request, 'Protocol');

  if (domain !== undefined) {
    evidence.query = { hostname: domain };
  }
  if (protocol !== undefined) {
    evidence.connection_info = { direction_id: 2, protocol_name: protocol };
  }

  return evidence;
}

/** `RemoteIpDetails`: the other party's address and where GuardDuty placed it. */
function remoteEndpointOf(action: GdObject): OcsfNetworkEndpoint | undefined {
  const details = fieldObject(action, 'RemoteIpDetails');
  const endpoint = endpointOfIp(details);

  if (endpoint === undefined) {
    return undefined;
  }
  const location = locationOf(details);

  if (location !== undefined) {
    endpoint.location = location;
  }

  return endpoint;
}

function firstSourceIpOf(call: GdObject): OcsfNetworkEndpoint | undefined {
  const ips = field(call, 'SourceIps');
  const first: unknown = Array.isArray(ips) ? ips[0] : undefined;

  return typeof first === 'string' && isValidIp(first) ? { ip: first } : undefined;
}

function endpointOfIp(details: GdObject | undefined): OcsfNetworkEndpoint | undefined {
  const ip = fieldText(details, 'IpAddressV4') ?? fieldText(details, 'IpAddressV6');

  return ip !== undefined && isValidIp(ip) ? { ip } : undefined;
}

function withPort(
  endpoint: OcsfNetworkEndpoint | undefined,
  portDetails: GdObject | undefined,
): OcsfNetworkEndpoint | undefined {
  const port = toPort(field(portDetails, 'Port'));

  // A port alone does not identify an endpoint (OCSF needs an address or name); it stays in `data`.
  if (port === undefined || endpoint === undefined) {
    return endpoint;
  }
  endpoint.port = port;

  return endpoint;
}

/** OCSF coordinates are GeoJSON order: longitude first. */
function locationOf(details: GdObject | undefined): OcsfLocation | undefined {
  const location: OcsfLocation = {};
  const city = fieldText(fieldObject(details, 'City'), 'CityName');
  // OCSF wants the ISO 3166 code; a finding that gives only the country's name keeps it in `data`.
  const country = fieldText(fieldObject(details, 'Country'), 'CountryCode');
  const geo = fieldObject(details, 'GeoLocation');
  const lat = fieldNumber(geo, 'Lat');
  const lon = fieldNumber(geo, 'Lon');
  const isp = fieldText(fieldObject(details, 'Organization'), 'Isp');

  if (city !== undefined) {
    location.city = city;
  }
  if (country !== undefined) {
    location.country = country;
  }
  if (lat !== undefined && lon !== undefined) {
    location.coordinates = [lon, lat];
  }
  if (isp !== undefined) {
    location.isp = isp;
  }

  return Object.keys(location).length > 0 ? location : undefined;
}
