import { isIP } from 'node:net';

import type { OcsfClassRequirements } from './ocsf-class-requirements';
import { BASE_REQUIRED } from './ocsf-class-requirements';

type JsonObject = Record<string, unknown>;

const MAX_PORT = 65_535;
const INTEGER_ATTRIBUTES = [
  'class_uid',
  'category_uid',
  'activity_id',
  'type_uid',
  'severity_id',
  'status_id',
  'time',
  'start_time',
  'end_time',
  'duration',
  'count',
  'timezone_offset',
] as const;
const STRING_ATTRIBUTES = [
  'activity_name',
  'category_name',
  'class_name',
  'type_name',
  'severity',
  'status',
  'status_code',
  'status_detail',
  'message',
  'raw_data',
  'time_dt',
] as const;
const OBJECT_ATTRIBUTES = [
  'metadata',
  'cloud',
  'actor',
  'user',
  'device',
  'src_endpoint',
  'dst_endpoint',
  'connection_info',
  'traffic',
  'api',
  'http_request',
  'http_response',
  'finding_info',
  'compliance',
  'session',
  'service',
  'query',
  'unmapped',
] as const;
const ARRAY_ATTRIBUTES = [
  'observables',
  'enrichments',
  'resources',
  'vulnerabilities',
  'answers',
  'privileges',
] as const;
const ENDPOINT_ATTRIBUTES = ['src_endpoint', 'dst_endpoint'] as const;

/**
 * A compact structural check of an OCSF event that a custom source sent, run in the product
 * (which has no JSON Schemas at hand). It checks, and returns one `path: problem` per finding:
 * - the attributes every class requires and those the claimed class requires, with its
 *   `at_least_one` / `just_one` constraints;
 * - JSON types of the common top-level attributes: integers for ids, times and counts,
 *   strings for captions and text, objects and arrays where OCSF has them;
 * - `metadata.version` and `metadata.product.vendor_name` present as strings, `metadata.profiles`
 *   an array of strings, `cloud.provider` a string when `cloud` is set;
 * - `ip` of src/dst endpoints a valid address, `port` an integer 0–65535.
 *
 * It does NOT check: enum values other than those the mapper checks itself (activity,
 * category, type_uid), attributes inside nested objects beyond the ones above, unknown
 * (extra) attributes, string length limits, profile rules (`cloud` when the cloud profile
 * is declared, attributes of undeclared profiles), nested `at_least_one` constraints such as
 * `user` needing a name or uid. Full JSON Schema validation (ajv against the official OCSF
 * 1.1.0 schemas) runs in the test suites.
 */
export function findStructuralProblems(
  event: JsonObject,
  requirements: OcsfClassRequirements,
): string[] {
  const problems: string[] = [];

  for (const name of [...BASE_REQUIRED, ...requirements.required]) {
    if (event[name] === undefined || event[name] === null) {
      problems.push(`/${name}: required attribute is missing`);
    }
  }
  checkConstraints(event, requirements, problems);
  checkTypes(event, problems);
  checkMetadata(event.metadata, problems);
  if (isObject(event.cloud) && typeof event.cloud.provider !== 'string') {
    problems.push('/cloud/provider: required string is missing');
  }
  for (const name of ENDPOINT_ATTRIBUTES) {
    checkEndpoint(event[name], `/${name}`, problems);
  }

  return problems;
}

function checkConstraints(
  event: JsonObject,
  requirements: OcsfClassRequirements,
  problems: string[],
): void {
  const present = (name: string): boolean => event[name] !== undefined && event[name] !== null;

  if (requirements.atLeastOne !== undefined && !requirements.atLeastOne.some(present)) {
    problems.push(`/: at least one of ${requirements.atLeastOne.join(', ')} is required`);
  }
  if (requirements.justOne !== undefined && requirements.justOne.filter(present).length !== 1) {
    problems.push(`/: exactly one of ${requirements.justOne.join(', ')} is required`);
  }
}

function checkTypes(event: JsonObject, problems: string[]): void {
  for (const name of INTEGER_ATTRIBUTES) {
    if (event[name] !== undefined && !Number.isSafeInteger(event[name])) {
      problems.push(`/${name}: expected an integer, got ${describe(event[name])}`);
    }
  }
  for (const name of STRING_ATTRIBUTES) {
    if (event[name] !== undefined && typeof event[name] !== 'string') {
      problems.push(`/${name}: expected a string, got ${describe(event[name])}`);
    }
  }
  for (const name of OBJECT_ATTRIBUTES) {
    if (event[name] !== undefined && !isObject(event[name])) {
      problems.push(`/${name}: expected an object, got ${describe(event[name])}`);
    }
  }
  for (const name of ARRAY_ATTRIBUTES) {
    if (event[name] !== undefined && !Array.isArray(event[name])) {
      problems.push(`/${name}: expected an array, got ${describe(event[name])}`);
    }
  }
}

function checkMetadata(metadata: unknown, problems: string[]): void {
  if (!isObject(metadata)) {
    return;
  }
  if (typeof metadata.version !== 'string') {
    problems.push('/metadata/version: required string is missing');
  }
  if (!isObject(metadata.product)) {
    problems.push('/metadata/product: required object is missing');
  } else if (typeof metadata.product.vendor_name !== 'string') {
    problems.push('/metadata/product/vendor_name: required string is missing');
  }
  const profiles = metadata.profiles;

  if (
    profiles !== undefined &&
    !(Array.isArray(profiles) && profiles.every((profile) => typeof profile === 'string'))
  ) {
    problems.push('/metadata/profiles: expected an array of strings');
  }
}

function checkEndpoint(endpoint: unknown, path: string, problems: string[]): void {
  if (!isObject(endpoint)) {
    return;
  }
  if (endpoint.ip !== undefined && (typeof endpoint.ip !== 'string' || isIP(endpoint.ip) === 0)) {
    problems.push(`${path}/ip: ${describe(endpoint.ip)} is not an IP address`);
  }
  const port = endpoint.port;

  if (
    port !== undefined &&
    !(Number.isInteger(port) && (port as number) >= 0 && (port as number) <= MAX_PORT)
  ) {
    problems.push(`${path}/port: ${describe(port)} is not a port number 0-65535`);
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }

  return typeof value === 'string'
    ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : `a ${typeof value}`;
}
