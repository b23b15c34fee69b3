import type { OcsfCloud, OcsfLocation, OcsfNetworkEndpoint } from '@tarn/ocsf';

import type { NormalizeOptions } from '../../source-mapper.interface';
import { configuredCloud } from '../../util/configured-cloud.util';
import { asFiniteNumber, asText } from './json-value.util';

export const AZURE_PROVIDER = 'Azure';

/**
 * `cloud` for a Microsoft cloud record: the provider is known, the account is the
 * subscription or tenant the record names, else the one configured for the source.
 */
export function azureCloud(
  accountUid: string | undefined,
  region: string | undefined,
  options: NormalizeOptions,
): OcsfCloud {
  const cloud: OcsfCloud = { provider: AZURE_PROVIDER };
  const account = accountUid ?? options.cloud?.accountUid;
  const zone = region ?? options.cloud?.region;

  if (account !== undefined) {
    cloud.account = { uid: account };
  }
  if (zone !== undefined) {
    cloud.region = zone;
  }

  return cloud;
}

/**
 * `cloud` for a SaaS record (Okta, GitHub, Google Workspace): these run on no cloud the
 * customer owns, so `cloud` exists only when the source configuration names a provider.
 */
export function saasCloud(options: NormalizeOptions): OcsfCloud | undefined {
  return configuredCloud(options);
}

export interface GeoFields {
  city?: unknown;
  region?: unknown;
  country?: unknown;
  postalCode?: unknown;
  latitude?: unknown;
  longitude?: unknown;
  isp?: unknown;
}

/**
 * An OCSF 1.1.0 `location`. 1.1.0 has no `lat`/`long`: coordinates are a GeoJSON
 * `[longitude, latitude]` pair, written only when both are present and in range.
 */
export function buildLocation(fields: GeoFields): OcsfLocation | undefined {
  const location: OcsfLocation = {};
  const city = asText(fields.city);
  const region = asText(fields.region);
  const country = asText(fields.country);
  const postalCode = asText(fields.postalCode) ?? numericText(fields.postalCode);
  const isp = asText(fields.isp);
  const coordinates = coordinatesOf(fields.longitude, fields.latitude);

  if (city !== undefined) {
    location.city = city;
  }
  if (region !== undefined) {
    location.region = region;
  }
  if (country !== undefined) {
    location.country = country;
  }
  if (postalCode !== undefined) {
    location.postal_code = postalCode;
  }
  if (isp !== undefined) {
    location.isp = isp;
  }
  if (coordinates !== undefined) {
    location.coordinates = coordinates;
  }

  return Object.keys(location).length > 0 ? location : undefined;
}

function coordinatesOf(longitude: unknown, latitude: unknown): number[] | undefined {
  const long = asFiniteNumber(longitude);
  const lat = asFiniteNumber(latitude);

  if (long === undefined || lat === undefined || Math.abs(long) > 180 || Math.abs(lat) > 90) {
    return undefined;
  }

  return [long, lat];
}

function numericText(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** The attributes of which OCSF 1.1.0 wants at least one on any `network_endpoint`. */
const ENDPOINT_IDENTIFIERS = [
  'hostname',
  'instance_uid',
  'interface_name',
  'interface_uid',
  'ip',
  'name',
  'svc_name',
  'uid',
] as const;

export function hasEndpointIdentifier(endpoint: OcsfNetworkEndpoint): boolean {
  return ENDPOINT_IDENTIFIERS.some((key) => endpoint[key] !== undefined);
}

/**
 * API Activity requires `src_endpoint`, and OCSF requires an identifier on it. SaaS audit
 * logs often omit the caller's address (GitHub records it only when the enterprise opts
 * in; system-initiated Okta events have none): the endpoint then names the service that
 * logged the call, keeping whatever location is known.
 */
export function requiredSourceEndpoint(
  endpoint: OcsfNetworkEndpoint,
  serviceName: string,
): OcsfNetworkEndpoint {
  return hasEndpointIdentifier(endpoint) ? endpoint : { ...endpoint, svc_name: serviceName };
}

/** An optional endpoint is left out when OCSF would reject it for lack of an identifier. */
export function optionalEndpoint(endpoint: OcsfNetworkEndpoint): OcsfNetworkEndpoint | undefined {
  return hasEndpointIdentifier(endpoint) ? endpoint : undefined;
}
