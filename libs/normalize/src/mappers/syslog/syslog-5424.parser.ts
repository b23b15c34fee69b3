import type { SyslogScanner } from './syslog-scanner';
import type { WrittenTimestamp } from './syslog-timestamp.parser';
import { readRfc3339OrThrow } from './syslog-timestamp.parser';
import type { SyslogStructuredElement } from './syslog.types';

/** The RFC 5424 header fields after `<PRI>VERSION SP`, before they are resolved to an instant. */
export interface Rfc5424Fields {
  timestamp?: WrittenTimestamp;
  hostname?: string;
  appName?: string;
  procId?: string;
  msgId?: string;
  structuredData?: SyslogStructuredElement[];
  message: string;
}

const NILVALUE = '-';
const BOM = '\uFEFF';
/** RFC 5424 §6.3.2: an SD-NAME ends at '=', SP, ']' or '"'. */
const SD_NAME_STOPS = new Set([0x3d, 0x20, 0x5d, 0x22]);
const SD_NAME_MAX = 32;

/** Reads `TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP STRUCTURED-DATA [SP MSG]`. */
export function readRfc5424OrThrow(scanner: SyslogScanner): Rfc5424Fields {
  const timestamp = scanner.tryConsume(NILVALUE) ? undefined : readRfc3339OrThrow(scanner, true);

  scanner.expectOrThrow(' ', 'after TIMESTAMP');
  const hostname = readHeaderFieldOrThrow(scanner, 'HOSTNAME');
  const appName = readHeaderFieldOrThrow(scanner, 'APP-NAME');
  const procId = readHeaderFieldOrThrow(scanner, 'PROCID');
  const msgId = readHeaderFieldOrThrow(scanner, 'MSGID');
  const structuredData = readStructuredDataOrThrow(scanner);
  let message = '';

  if (!scanner.atEnd) {
    scanner.expectOrThrow(' ', 'after STRUCTURED-DATA');
    message = scanner.readRest();
  }

  return {
    timestamp,
    hostname,
    appName,
    procId,
    msgId,
    structuredData,
    message: message.startsWith(BOM) ? message.slice(BOM.length) : message,
  };
}

/**
 * One space-terminated header field; `-` (NILVALUE) means "not known". TODO: the RFC's
 * length limits (HOSTNAME 255, APP-NAME 48, PROCID 128, MSGID 32) and PRINTUSASCII range are
 * not enforced; over-long fields are kept — enforce once senders are known to respect them.
 */
function readHeaderFieldOrThrow(scanner: SyslogScanner, name: string): string | undefined {
  const value = scanner.readToken();

  if (value.length === 0) {
    scanner.failOrThrow(`${name} is empty at column ${scanner.position + 1}; use '-' for no value`);
  }
  scanner.expectOrThrow(' ', `after ${name}`);

  return value === NILVALUE ? undefined : value;
}

function readStructuredDataOrThrow(scanner: SyslogScanner): SyslogStructuredElement[] | undefined {
  if (scanner.tryConsume(NILVALUE)) {
    return undefined;
  }
  if (scanner.peek() !== 0x5b) {
    scanner.failOrThrow(
      `STRUCTURED-DATA must be '-' or start with '[' at column ${scanner.position + 1}, found ${scanner.quote()}`,
    );
  }
  const elements: SyslogStructuredElement[] = [];

  while (scanner.tryConsume('[')) {
    const id = readSdNameOrThrow(scanner, 'SD-ID');
    const params: [string, string][] = [];

    while (scanner.tryConsume(' ')) {
      const name = readSdNameOrThrow(scanner, 'PARAM-NAME');

      scanner.expectOrThrow('=', `after PARAM-NAME '${name}'`);
      scanner.expectOrThrow('"', `to open the value of '${name}'`);
      params.push([name, readParamValueOrThrow(scanner, name)]);
    }
    scanner.expectOrThrow(']', `to close SD-ELEMENT '${id}'`);
    elements.push({ id, params });
  }

  return elements;
}

function readSdNameOrThrow(scanner: SyslogScanner, what: string): string {
  const start = scanner.position;

  while (!scanner.atEnd && !SD_NAME_STOPS.has(scanner.peek())) {
    scanner.position += 1;
  }
  const length = scanner.position - start;

  if (length === 0 || length > SD_NAME_MAX) {
    scanner.failOrThrow(
      `${what} at column ${start + 1} must be 1-${SD_NAME_MAX} characters, found ${scanner.quote(start)}`,
    );
  }

  return scanner.text.slice(start, scanner.position);
}

/**
 * PARAM-VALUE up to the closing quote. Only `\"`, `\\` and `\]` are escapes (RFC 5424
 * §6.3.3); a backslash before anything else is an ordinary character and is kept.
 */
function readParamValueOrThrow(scanner: SyslogScanner, name: string): string {
  const { text } = scanner;
  let value = '';
  let chunkStart = scanner.position;

  for (let index = chunkStart; index < text.length; index += 1) {
    const code = text.charCodeAt(index);

    if (code === 0x22) {
      scanner.position = index + 1;

      return value + text.slice(chunkStart, index);
    }
    if (code === 0x5c) {
      const next = text.charCodeAt(index + 1);

      if (next === 0x22 || next === 0x5c || next === 0x5d) {
        value += text.slice(chunkStart, index);
        chunkStart = index + 1;
        index += 1;
      }
    }
  }

  return scanner.failOrThrow(`the value of '${name}' has no closing '"'`);
}
