import { classifySshd } from './sshd.classifier';
import { classifySu } from './su.classifier';
import { classifySudo } from './sudo.classifier';
import type { SyslogClassifier, SyslogEventDraft } from './syslog-classification.types';

/**
 * Program name (the RFC 3164 TAG or RFC 5424 APP-NAME) → its classifier. OpenSSH 9.8 moved
 * per-connection logging to `sshd-session`, which writes the same messages.
 */
const CLASSIFIERS = new Map<string, SyslogClassifier>([
  ['sshd', classifySshd],
  ['sshd-session', classifySshd],
  ['sudo', classifySudo],
  ['su', classifySu],
]);

/** The typed event a known program's message describes, or undefined to keep the line generic. */
export function classifyProgramMessage(
  program: string | undefined,
  message: string,
): SyslogEventDraft | undefined {
  const classifier = program === undefined ? undefined : CLASSIFIERS.get(program);

  return classifier?.(message);
}
