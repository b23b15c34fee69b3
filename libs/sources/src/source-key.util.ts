import { createHash, randomBytes } from 'node:crypto';

export const SOURCE_KEY_MARKER = 'tarn_src_';
const KEY_BYTES = 32;
/** base64url of 32 bytes, unpadded. */
const KEY_BODY_LENGTH = 43;
export const SOURCE_KEY_PREFIX_LENGTH = 8;
const KEY_PATTERN = new RegExp(`^${SOURCE_KEY_MARKER}[A-Za-z0-9_-]{${KEY_BODY_LENGTH}}$`);

export interface GeneratedSourceKey {
  key: string;
  /** The first characters after the marker: the marker alone would be the same for every key. */
  prefix: string;
  hash: string;
}

/**
 * A new ingest key: a recognisable marker (so secret scanners and people can tell what leaked)
 * followed by 32 random bytes in base64url.
 */
export function generateSourceKey(): GeneratedSourceKey {
  const body = randomBytes(KEY_BYTES).toString('base64url');
  const key = `${SOURCE_KEY_MARKER}${body}`;

  return { key, prefix: body.slice(0, SOURCE_KEY_PREFIX_LENGTH), hash: hashSourceKey(key) };
}

/**
 * SHA-256, hex. A fast unsalted hash is right here, unlike for passwords: the key carries 256
 * random bits, so there is no dictionary to try and brute force is out of reach however fast
 * the hash is; a deterministic hash is also what lets `authenticate` find a key by an index
 * lookup instead of comparing against every row.
 */
export function hashSourceKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** True when `value` has the shape of a source key; says nothing about whether it exists. */
export const isSourceKeyShaped = (value: string): boolean => KEY_PATTERN.test(value);
