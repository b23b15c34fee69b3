import type { SyslogScanner } from './syslog-scanner';
import type { WrittenTimestamp } from './syslog-timestamp.parser';
import { readBsdTimestampOrThrow, readRfc3339OrThrow } from './syslog-timestamp.parser';

/** The BSD header fields after the optional `<PRI>`, before they are resolved to an instant. */
export interface Rfc3164Fields {
  timestamp: WrittenTimestamp;
  hostname?: string;
  tag?: string;
  pid?: string;
  message: string;
}

const SPACE = 0x20;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const TAG_STOPS = new Set([SPACE, COLON, OPEN_BRACKET]);

/**
 * Reads `TIMESTAMP SP [HOSTNAME SP] [TAG[PID]: ]MSG`. The timestamp is BSD `Mmm dd
 * hh:mm:ss` or, as rsyslog writes to files with its high-precision template, RFC 3339.
 * Senders that leave out the hostname are recognised by the next word being a tag
 * (`name:` or `name[pid]`); a line without a tag keeps all of its text as the message.
 */
export function readRfc3164OrThrow(scanner: SyslogScanner): Rfc3164Fields {
  const timestamp = scanner.isDigitAt()
    ? readRfc3339OrThrow(scanner, false)
    : readBsdTimestampOrThrow(scanner);

  if (!scanner.atEnd) {
    scanner.expectOrThrow(' ', 'after the timestamp');
    scanner.skipSpaces();
  }
  const hostname = looksLikeTag(scanner) ? undefined : scanner.readToken();

  scanner.skipSpaces();

  return {
    timestamp,
    hostname: hostname === '' ? undefined : hostname,
    ...readTagAndMessage(scanner),
  };
}

function looksLikeTag(scanner: SyslogScanner): boolean {
  const { text } = scanner;

  for (let index = scanner.position; index < text.length; index += 1) {
    const code = text.charCodeAt(index);

    if (code === SPACE) {
      return false;
    }
    if (code === OPEN_BRACKET || (code === COLON && isSpaceOrEnd(text, index + 1))) {
      return index > scanner.position;
    }
  }

  return false;
}

function readTagAndMessage(scanner: SyslogScanner): Pick<Rfc3164Fields, 'tag' | 'pid' | 'message'> {
  const { text } = scanner;
  const start = scanner.position;
  let index = start;

  while (index < text.length && !TAG_STOPS.has(text.charCodeAt(index))) {
    index += 1;
  }
  const tag = text.slice(start, index);
  let pid: string | undefined;

  if (tag.length > 0 && charAt(text, index) === OPEN_BRACKET) {
    const close = text.indexOf(']', index);
    const candidate = close === -1 ? '' : text.slice(index + 1, close);

    if (candidate.length > 0 && !candidate.includes(' ')) {
      pid = candidate;
      index = close + 1;
    }
  }
  const hasColon = charAt(text, index) === COLON && isSpaceOrEnd(text, index + 1);
  const isTag = tag.length > 0 && (hasColon || (pid !== undefined && isSpaceOrEnd(text, index)));

  if (!isTag) {
    return { message: scanner.readRest() };
  }
  scanner.position = hasColon ? index + 1 : index;
  scanner.tryConsume(' ');

  return { tag, pid, message: scanner.readRest() };
}

function charAt(text: string, index: number): number {
  return index < text.length ? text.charCodeAt(index) : -1;
}

function isSpaceOrEnd(text: string, index: number): boolean {
  return index >= text.length || text.charCodeAt(index) === SPACE;
}
