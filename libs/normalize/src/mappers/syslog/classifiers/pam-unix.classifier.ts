import { endpointFromText, parsePamUser } from './syslog-endpoint.util';
import type { AuthenticationDraft, SyslogEventDraft } from './syslog-classification.types';
import {
  ACTIVITY_LOGOFF,
  ACTIVITY_LOGON,
  STATUS_FAILURE,
  STATUS_SUCCESS,
} from './syslog-classification.types';

const PAM_UNIX_PREFIX = /^pam_unix\(([^:()\s]+):(session|auth)\): /;
const SESSION_OPENED = 'session opened for user ';
const SESSION_CLOSED = 'session closed for user ';
const AUTH_FAILURE = 'authentication failure;';

/**
 * `pam_unix(<service>:session)` and `pam_unix(<service>:auth)` lines, which sshd, su and sudo
 * all write through PAM. A session opened is a Logon and a session closed a Logoff: PAM logs
 * them once the user is authenticated, so they are successful by nature. An authentication
 * failure is a failed Logon. Lines that do not name the target user stay generic, because
 * Authentication requires a user.
 */
export function classifyPamUnix(message: string): SyslogEventDraft | undefined {
  const prefix = PAM_UNIX_PREFIX.exec(message);

  if (prefix === null) {
    return undefined;
  }
  const [matched, service, kind] = prefix;
  const rest = message.slice(matched.length);

  return kind === 'session' ? sessionEvent(service, rest) : authFailureEvent(service, rest);
}

function sessionEvent(service: string, rest: string): SyslogEventDraft | undefined {
  const opened = rest.startsWith(SESSION_OPENED);

  if (!opened && !rest.startsWith(SESSION_CLOSED)) {
    return undefined;
  }
  const subject = rest.slice((opened ? SESSION_OPENED : SESSION_CLOSED).length);
  const by = subject.indexOf(' by ');
  const user = parsePamUser(by === -1 ? subject : subject.slice(0, by));
  const actorUser = by === -1 ? undefined : parsePamUser(subject.slice(by + 4));

  if (user === undefined) {
    return undefined;
  }
  const event: AuthenticationDraft = {
    class_uid: 3002,
    activity_id: opened ? ACTIVITY_LOGON : ACTIVITY_LOGOFF,
    status_id: STATUS_SUCCESS,
    user,
    service: { name: service },
  };

  if (actorUser !== undefined) {
    event.actor = { user: actorUser };
  }

  return event;
}

function authFailureEvent(service: string, rest: string): SyslogEventDraft | undefined {
  if (!rest.startsWith(AUTH_FAILURE)) {
    return undefined;
  }
  const fields = readPamFields(rest.slice(AUTH_FAILURE.length));
  const userName = fields.get('user');

  if (userName === undefined || userName.length === 0) {
    return undefined;
  }
  const unmapped: Record<string, unknown> = {};
  const event: AuthenticationDraft = {
    class_uid: 3002,
    activity_id: ACTIVITY_LOGON,
    status_id: STATUS_FAILURE,
    status_detail: 'authentication failure',
    user: { name: userName },
    service: { name: service },
  };
  const remoteHost = fields.get('rhost') ?? '';
  const srcEndpoint = endpointFromText(remoteHost, undefined, {});
  const tty = fields.get('tty');

  if (srcEndpoint !== undefined) {
    event.src_endpoint = srcEndpoint;
  } else if (remoteHost.length > 0) {
    event.src_endpoint = { hostname: remoteHost };
  }
  if (tty !== undefined && tty.length > 0) {
    event.session = { terminal: tty };
  }
  const actorUser = parsePamActor(fields);

  if (actorUser !== undefined) {
    event.actor = { user: actorUser };
  }
  for (const key of ['euid', 'ruser']) {
    const value = fields.get(key);

    if (value !== undefined && value.length > 0) {
      unmapped[key] = value;
    }
  }
  if (Object.keys(unmapped).length > 0) {
    event.unmapped = unmapped;
  }

  return event;
}

/** The user who asked: PAM's `logname` (login name) and `uid` (real uid) of the caller. */
function parsePamActor(fields: Map<string, string>): { name?: string; uid?: string } | undefined {
  const name = fields.get('logname');
  const uid = fields.get('uid');
  const user: { name?: string; uid?: string } = {};

  if (name !== undefined && name.length > 0) {
    user.name = name;
  }
  if (uid !== undefined && uid.length > 0) {
    user.uid = uid;
  }

  return user.name === undefined && user.uid === undefined ? undefined : user;
}

/** `logname=alice uid=1000 euid=0 tty=pts/0 ruser=alice rhost=  user=root` → a map; empty values kept empty. */
function readPamFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();

  for (const word of text.split(' ')) {
    const equals = word.indexOf('=');

    if (equals > 0) {
      fields.set(word.slice(0, equals), word.slice(equals + 1));
    }
  }

  return fields;
}
