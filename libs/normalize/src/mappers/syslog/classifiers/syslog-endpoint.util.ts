import type { OcsfNetworkEndpoint } from '@tarn/ocsf';
import { isIP } from 'node:net';

const MAX_PORT = 65_535;

/**
 * A source endpoint from an address and port as written in a message. A value that is not
 * a valid IP or port is kept under `unmapped` instead of a typed field, so a garbled address
 * never costs the whole event.
 */
export function endpointFromText(
  ip: string,
  port: string | undefined,
  unmapped: Record<string, unknown>,
): OcsfNetworkEndpoint | undefined {
  const endpoint: OcsfNetworkEndpoint = {};

  if (isIP(ip) !== 0) {
    endpoint.ip = ip;
  } else if (ip.length > 0) {
    unmapped.src_ip = ip;
  }
  if (port !== undefined) {
    const number = Number(port);

    if (Number.isInteger(number) && number >= 0 && number <= MAX_PORT) {
      endpoint.port = number;
    } else {
      unmapped.src_port = port;
    }
  }

  return endpoint.ip === undefined ? undefined : endpoint;
}

/** Splits `name(uid=N)` as PAM writes users; either part may be missing. */
export function parsePamUser(text: string): { name?: string; uid?: string } | undefined {
  const open = text.indexOf('(uid=');
  const name = open === -1 ? text : text.slice(0, open);
  const uid = open !== -1 && text.endsWith(')') ? text.slice(open + 5, -1) : undefined;
  const user: { name?: string; uid?: string } = {};

  if (name.length > 0) {
    user.name = name;
  }
  if (uid !== undefined && uid.length > 0) {
    user.uid = uid;
  }

  return user.name === undefined && user.uid === undefined ? undefined : user;
}
