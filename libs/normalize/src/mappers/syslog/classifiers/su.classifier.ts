import { classifyPamUnix } from './pam-unix.classifier';
import type { AuthenticationDraft, SyslogEventDraft } from './syslog-classification.types';
import { ACTIVITY_LOGON, STATUS_FAILURE, STATUS_SUCCESS } from './syslog-classification.types';

const SUCCESSFUL_SU = /^Successful su for (\S+) by (\S+)$/;
const FAILED_SU = /^FAILED SU \(to (\S+)\) (\S+) on (\S+)$/;
/** util-linux su logs a success as `(to root) alice on pts/0`. */
const TO_USER_ON_TTY = /^\(to (\S+)\) (\S+) on (\S+)$/;
/** The older shadow-utils form: `+ pts/0 alice:root` (success) or `- pts/0 alice:root`. */
const SHADOW_SU = /^([+-]) (\S+) ([^:\s]+):(\S+)$/;

/**
 * su → Authentication 3002 Logon: su authenticates as the target user, so `user` is the
 * target (often root) and `actor.user` is who ran su; the terminal goes to `session`.
 * Success or failure as su reports it; `pam_unix(su:…)` lines as for every PAM service.
 */
export const classifySu = (message: string): SyslogEventDraft | undefined =>
  classifySuLine(message) ?? classifyPamUnix(message);

function classifySuLine(message: string): SyslogEventDraft | undefined {
  let match = SUCCESSFUL_SU.exec(message);

  if (match !== null) {
    return suEvent(STATUS_SUCCESS, match[1], match[2]);
  }
  match = FAILED_SU.exec(message);
  if (match !== null) {
    return suEvent(STATUS_FAILURE, match[1], match[2], match[3]);
  }
  match = TO_USER_ON_TTY.exec(message);
  if (match !== null) {
    return suEvent(STATUS_SUCCESS, match[1], match[2], match[3]);
  }
  match = SHADOW_SU.exec(message);
  if (match !== null) {
    return suEvent(
      match[1] === '+' ? STATUS_SUCCESS : STATUS_FAILURE,
      match[4],
      match[3],
      match[2],
    );
  }

  return undefined;
}

function suEvent(
  statusId: number,
  target: string,
  caller: string,
  tty?: string,
): AuthenticationDraft {
  const event: AuthenticationDraft = {
    class_uid: 3002,
    activity_id: ACTIVITY_LOGON,
    status_id: statusId,
    user: { name: target },
    actor: { user: { name: caller } },
    service: { name: 'su' },
  };

  if (statusId === STATUS_FAILURE) {
    event.status_detail = 'FAILED SU';
  }
  if (tty !== undefined && tty !== 'none' && tty !== '???') {
    event.session = { terminal: tty };
  }

  return event;
}
