import { classifyPamUnix } from './pam-unix.classifier';
import type {
  AuthenticationDraft,
  AuthorizeSessionDraft,
  SyslogEventDraft,
} from './syslog-classification.types';
import { ACTIVITY_LOGON, STATUS_FAILURE, STATUS_SUCCESS } from './syslog-classification.types';

/** Authorize Session activity "Assign Privileges". */
const ACTIVITY_ASSIGN_PRIVILEGES = 1;
const FIELD_SEPARATOR = ' ; ';
const COMMAND_KEY = 'COMMAND=';
const KEY_VALUE = /^([A-Z_]+)=(.*)$/;
const INCORRECT_PASSWORD = /^\d+ incorrect password attempts?$/;

/**
 * sudo's policy log line `<user> : [<problem> ; ]TTY=… ; PWD=… ; USER=<run-as> ; COMMAND=…`.
 *
 * A granted (or refused) command → Authorize Session 3003 "Assign Privileges". Why not
 * Process Activity 1007 Launch: sudo logs the policy decision, not the process. The line
 * has no pid for the command, and 1.1.0 requires `process.pid` or `process.uid`, which a
 * log line cannot supply honestly. What sudo decides is whether `<user>` may act with the
 * run-as user's privileges, which is what Authorize Session records: `user` is the invoking
 * user, `privileges` names the run-as identity granted, `session.terminal` the TTY. The
 * command and working directory have no attribute in 3003 and go to `unmapped`.
 * TODO: map the command to a typed field — when Tarn emits Process Activity from a source
 * that knows the command's pid (auditd, EDR), correlate instead of guessing here.
 *
 * `N incorrect password attempts` is a failed authentication of the invoking user (sudo asks
 * for their password) → Authentication 3002 Logon, Failure. Other problems before TTY
 * (`user NOT in sudoers`, `command not allowed`) are refusals → 3003 with status Failure.
 */
export const classifySudo = (message: string): SyslogEventDraft | undefined =>
  classifyPolicyLine(message) ?? classifyPamUnix(message);

interface SudoPolicyLine {
  user: string;
  problems: string[];
  fields: Map<string, string>;
}

function classifyPolicyLine(message: string): SyslogEventDraft | undefined {
  const line = readPolicyLine(message);

  if (line === undefined) {
    return undefined;
  }
  const problem = line.problems.join('; ');

  return line.problems.some((text) => INCORRECT_PASSWORD.test(text))
    ? authenticationFailure(line, problem)
    : authorization(line, problem);
}

function authorization(line: SudoPolicyLine, problem: string): AuthorizeSessionDraft {
  const event: AuthorizeSessionDraft = {
    class_uid: 3003,
    activity_id: ACTIVITY_ASSIGN_PRIVILEGES,
    status_id: problem.length === 0 ? STATUS_SUCCESS : STATUS_FAILURE,
    user: { name: line.user },
    privileges: [line.fields.get('USER') ?? 'root'],
  };
  const tty = line.fields.get('TTY');

  if (problem.length > 0) {
    event.status_detail = problem;
  }
  if (tty !== undefined) {
    event.session = { terminal: tty };
  }
  const unmapped = unmappedFields(line.fields);

  if (unmapped !== undefined) {
    event.unmapped = unmapped;
  }

  return event;
}

function authenticationFailure(line: SudoPolicyLine, problem: string): AuthenticationDraft {
  const event: AuthenticationDraft = {
    class_uid: 3002,
    activity_id: ACTIVITY_LOGON,
    status_id: STATUS_FAILURE,
    status_detail: problem,
    user: { name: line.user },
    service: { name: 'sudo' },
  };
  const tty = line.fields.get('TTY');

  if (tty !== undefined) {
    event.session = { terminal: tty };
  }
  const unmapped = unmappedFields(line.fields);

  if (unmapped !== undefined) {
    event.unmapped = unmapped;
  }

  return event;
}

/** Everything but TTY (→ session.terminal), lower-cased as `command`, `pwd`, `run_as_user` …. */
function unmappedFields(fields: Map<string, string>): Record<string, unknown> | undefined {
  const unmapped: Record<string, unknown> = {};

  for (const [key, value] of fields) {
    if (key !== 'TTY') {
      unmapped[
        key === 'USER' ? 'run_as_user' : key === 'GROUP' ? 'run_as_group' : key.toLowerCase()
      ] = value;
    }
  }

  return Object.keys(unmapped).length > 0 ? unmapped : undefined;
}

/**
 * Splits the line on ` ; `. COMMAND comes last and takes the rest of the line verbatim,
 * since a command line may itself contain ` ; `. A line counts as sudo's only when it has a
 * user before ` : ` and at least one of TTY, USER or COMMAND.
 */
function readPolicyLine(message: string): SudoPolicyLine | undefined {
  const text = message.trimStart();
  const separator = text.indexOf(' : ');
  const user = separator === -1 ? '' : text.slice(0, separator);

  if (user.length === 0 || user.includes(' ')) {
    return undefined;
  }
  const fields = new Map<string, string>();
  const problems: string[] = [];
  let rest = text.slice(separator + 3);

  while (rest.length > 0) {
    if (rest.startsWith(COMMAND_KEY)) {
      fields.set('COMMAND', rest.slice(COMMAND_KEY.length));
      break;
    }
    const end = rest.indexOf(FIELD_SEPARATOR);
    const segment = end === -1 ? rest : rest.slice(0, end);
    const pair = KEY_VALUE.exec(segment);

    if (pair === null) {
      problems.push(segment.trim());
    } else {
      fields.set(pair[1], pair[2]);
    }
    rest = end === -1 ? '' : rest.slice(end + FIELD_SEPARATOR.length);
  }
  const isSudo = fields.has('TTY') || fields.has('USER') || fields.has('COMMAND');

  return isSudo ? { user, problems, fields } : undefined;
}
