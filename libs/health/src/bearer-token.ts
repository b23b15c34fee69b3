import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a presented bearer token with the expected one in constant time. Both sides are
 * hashed first so that neither their lengths nor their contents leak through timing.
 */
export function isBearerTokenValid(
  authorizationHeader: string | undefined,
  expectedToken: string,
): boolean {
  if (authorizationHeader === undefined) {
    return false;
  }
  const match = /^Bearer (\S+)$/i.exec(authorizationHeader.trim());

  if (match === null) {
    return false;
  }

  return timingSafeEqual(digest(match[1]), digest(expectedToken));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
