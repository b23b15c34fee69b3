import { classifyPamUnix } from './pam-unix.classifier';
import { endpointFromText } from './syslog-endpoint.util';
import type { AuthenticationDraft, SyslogEventDraft } from './syslog-classification.types';
import {
  ACTIVITY_LOGOFF,
  ACTIVITY_LOGON,
  STATUS_FAILURE,
  STATUS_SUCCESS,
} from './syslog-classification.types';

/*
 * OpenSSH sshd messages. Each pattern is anchored at both ends and uses one greedy `.*` for
 * the user name (attackers send names with spaces), followed by fixed words: the engine
 * settles on the last " from " in one backward pass, so matching stays linear.
 */
const ACCEPTED = /^Accepted (\S+) for (.*) from (\S+) port (\d+)(?: (\S+?))?(?:: (\S+) (\S+).*)?$/;
const FAILED = /^Failed (\S+) for (invalid user )?(.*) from (\S+) port (\d+)(?: \S+)?$/;
const INVALID_USER = /^Invalid user (.*) from (\S+)(?: port (\d+))?$/;
/** "Disconnected from" and "Connection closed by" share a shape; a qualifier means authentication never finished. */
const SESSION_ENDED =
  /^(?:Disconnected from|Connection closed by) (?:(authenticating|invalid) )?user (.*) (\S+) port (\d+)( \[preauth\])?$/;

/**
 * sshd → Authentication (3002):
 * - `Accepted <method> for <user> from <ip> port <n> ssh2[: <key type> <fingerprint>]` →
 *   Logon, Success; the method is the auth protocol (OCSF has no SSH method enum: Other).
 * - `Failed <method> for [invalid user] <user> …` and `Invalid user <user> from …` → Logon, Failure.
 * - `Disconnected from user …` / `Connection closed by user …` after authentication → Logoff,
 *   Success; with `authenticating` or `invalid` before `user`, the client left before
 *   authentication finished → Logon, Failure.
 * - `pam_unix(sshd:…)` session and auth-failure lines as for every PAM service.
 * Connection lines that name no user (`Connection closed by <ip> port <n> [preauth]`,
 * `Received disconnect …`) stay generic: Authentication requires a user.
 */
export const classifySshd = (message: string): SyslogEventDraft | undefined =>
  classifyAccepted(message) ??
  classifyFailed(message) ??
  classifyInvalidUser(message) ??
  classifySessionEnded(message) ??
  classifyPamUnix(message);

function classifyAccepted(message: string): SyslogEventDraft | undefined {
  const match = ACCEPTED.exec(message);

  if (match === null || match[2].length === 0) {
    return undefined;
  }
  const [, method = '', user = '', ip = '', port, protocol, keyType, fingerprint] = groupsOf(match);
  const unmapped: Record<string, unknown> = {};

  if (protocol !== undefined) {
    unmapped.ssh_protocol = protocol;
  }
  if (keyType !== undefined) {
    unmapped.ssh_key_type = keyType;
    unmapped.ssh_key_fingerprint = fingerprint;
  }

  return sshEvent(ACTIVITY_LOGON, STATUS_SUCCESS, user, ip, port, unmapped, method);
}

function classifyFailed(message: string): SyslogEventDraft | undefined {
  const match = FAILED.exec(message);

  if (match === null || match[3].length === 0) {
    return undefined;
  }
  const [, method = '', invalid, user = '', ip = '', port] = groupsOf(match);
  const event = sshEvent(ACTIVITY_LOGON, STATUS_FAILURE, user, ip, port, {}, method);

  event.status_detail =
    invalid === undefined ? `Failed ${method}` : `Failed ${method} for invalid user`;

  return event;
}

function classifyInvalidUser(message: string): SyslogEventDraft | undefined {
  const match = INVALID_USER.exec(message);

  if (match === null || match[1].length === 0) {
    return undefined;
  }
  const [, user = '', ip = '', port] = groupsOf(match);
  const event = sshEvent(ACTIVITY_LOGON, STATUS_FAILURE, user, ip, port, {});

  event.status_detail = 'Invalid user';

  return event;
}

function classifySessionEnded(message: string): SyslogEventDraft | undefined {
  const match = SESSION_ENDED.exec(message);

  if (match === null || match[2].length === 0) {
    return undefined;
  }
  const [, qualifier, user = '', ip = '', port, preauth] = groupsOf(match);

  if (qualifier === undefined && preauth === undefined) {
    return sshEvent(ACTIVITY_LOGOFF, STATUS_SUCCESS, user, ip, port, {});
  }
  const event = sshEvent(ACTIVITY_LOGON, STATUS_FAILURE, user, ip, port, {});

  event.status_detail = `Connection ended before authentication completed (${qualifier ?? 'preauth'} user)`;

  return event;
}

function sshEvent(
  activityId: number,
  statusId: number,
  user: string,
  ip: string,
  port: string | undefined,
  unmapped: Record<string, unknown>,
  method?: string,
): AuthenticationDraft {
  const event: AuthenticationDraft = {
    class_uid: 3002,
    activity_id: activityId,
    status_id: statusId,
    user: { name: user },
    is_remote: true,
    service: { name: 'sshd' },
  };
  const srcEndpoint = endpointFromText(ip, port, unmapped);

  if (srcEndpoint !== undefined) {
    event.src_endpoint = srcEndpoint;
  }
  if (method !== undefined) {
    event.auth_protocol_id = 99;
    event.auth_protocol = method;
  }
  if (Object.keys(unmapped).length > 0) {
    event.unmapped = unmapped;
  }

  return event;
}

/**
 * The match with optional groups typed as what they are at runtime: a group that did not
 * take part in the match is undefined (TypeScript types every group as a string). Callers
 * default the groups their pattern makes mandatory, which are always set.
 */
function groupsOf(match: RegExpExecArray): (string | undefined)[] {
  return match;
}
