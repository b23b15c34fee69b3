import { isIP } from 'node:net';

// The generic JSON readers are shared with the identity and SaaS mappers.
export { asArray, asObject, asText } from '../identity-shared/json-value.util';

export function isValidIp(value: string): boolean {
  return isIP(value) !== 0;
}

export function isValidPort(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 65535;
}

/** Parses a port given as number or numeric string; undefined when it is not a valid port. */
export function toPort(value: unknown): number | undefined {
  const port = typeof value === 'string' && value.length > 0 ? Number(value) : value;

  return typeof port === 'number' && isValidPort(port) ? port : undefined;
}

/** Parses a non-negative integer given as number or numeric string (counters, ids). */
export function toCount(value: unknown): number | undefined {
  const count = typeof value === 'string' && value.length > 0 ? Number(value) : value;

  return typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : undefined;
}
