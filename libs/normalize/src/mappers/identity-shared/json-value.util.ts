import { isIP } from 'node:net';

/**
 * Readers for loosely typed JSON fields of the identity and SaaS feeds. Each returns
 * undefined rather than a wrong-typed value, so a mapper can chain `??` fallbacks.
 */

/** A non-empty string, or undefined for anything else (null, numbers, objects, ""). */
export function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** An identifier given as a non-empty string or a finite number, as text. */
export function asIdText(value: unknown): string | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : undefined;
  }

  return asText(value);
}

/** A plain JSON object, or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The plain objects of an array, skipping anything else it holds. */
export function asObjectArray(value: unknown): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];

  for (const item of asArray(value)) {
    const object = asObject(item);

    if (object !== undefined) {
      objects.push(object);
    }
  }

  return objects;
}

/** A boolean, also accepting the strings "true"/"false" that some exports write. */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') {
    return value;
  }
  if (value === 'true' || value === 'false') {
    return value === 'true';
  }

  return undefined;
}

export function asFiniteNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim().length > 0 ? Number(value) : value;

  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** A syntactically valid IPv4/IPv6 address, or undefined (typed `ip` fields must never hold junk). */
export function asIp(value: unknown): string | undefined {
  return typeof value === 'string' && isIP(value) !== 0 ? value : undefined;
}

/** Cheap shape test: something@something.tld. Not a validator, just enough to pick `email_addr`. */
export function isEmailLike(text: string): boolean {
  const at = text.indexOf('@');

  return at > 0 && at === text.lastIndexOf('@') && text.indexOf('.', at) > at + 1;
}

/**
 * Log Analytics exports keep nested columns (InitiatedBy, TargetResources …) as JSON text.
 * Returns the parsed value for JSON object/array text, the input unchanged otherwise.
 */
export function parseEmbeddedJson(value: unknown): unknown {
  if (typeof value !== 'string') {
    return value;
  }
  const first = value.trimStart().charAt(0);

  if (first !== '{' && first !== '[') {
    return value;
  }
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
