import { RejectionCode } from '../../rejection';
import type { RecordPosition } from '../../rejection';
import type { ReadResult } from '../../util/map-records.util';
import { readLines } from '../../util/read-lines.util';
import { buildRejection } from '../../util/rejection.util';

/** Header state of a Zeek ASCII log: directives seen so far. */
interface ZeekTsvHeader {
  separator: string;
  setSeparator: string;
  emptyField: string;
  unsetField: string;
  fields?: string[];
  types?: string[];
}

const ESCAPED_BYTE = /\\x([0-9a-fA-F]{2})/g;
const NUMERIC_TYPES = new Set(['count', 'int', 'port', 'double', 'time', 'interval']);

/**
 * Reads Zeek's TSV (ASCII) log format: `#separator`, `#set_separator`, `#empty_field`,
 * `#unset_field`, `#fields` and `#types` directives, then one tab-separated line per record
 * in `#fields` order. Values are typed by `#types` (numbers, `T`/`F` booleans, sets and
 * vectors as arrays); the unset marker leaves the field out; `\xHH` escapes are decoded.
 * A file may hold several logs one after another (`#close`, then a new header).
 */
export function* readZeekTsvRecords(input: string): Generator<ReadResult<Record<string, unknown>>> {
  let header = defaultHeader();
  let index = 0;

  for (const line of readLines(input)) {
    if (line.text.startsWith('#')) {
      header = applyDirective(header, line.text);
      continue;
    }
    const position = { index, line: line.position.line };

    index += 1;
    const values = line.text.split(header.separator);

    if (header.fields === undefined) {
      yield rejected(
        'data line before the #fields header; cannot tell which value is which',
        position,
        line.text,
      );
    } else if (values.length !== header.fields.length) {
      yield rejected(
        `line has ${values.length} values; #fields names ${header.fields.length}`,
        position,
        line.text,
      );
    } else {
      yield { ok: true, value: recordOf(header, header.fields, values), position, text: line.text };
    }
  }
}

function defaultHeader(): ZeekTsvHeader {
  return { separator: '\t', setSeparator: ',', emptyField: '(empty)', unsetField: '-' };
}

function applyDirective(header: ZeekTsvHeader, text: string): ZeekTsvHeader {
  // `#separator` is the one directive written with a space, before any separator is known.
  if (text.startsWith('#separator ')) {
    return { ...defaultHeader(), separator: decodeEscapes(text.slice('#separator '.length)) };
  }
  const [directive, ...values] = text.split(header.separator);

  switch (directive) {
    case '#set_separator':
      return { ...header, setSeparator: values[0] ?? ',' };
    case '#empty_field':
      return { ...header, emptyField: values[0] ?? '(empty)' };
    case '#unset_field':
      return { ...header, unsetField: values[0] ?? '-' };
    case '#fields':
      return { ...header, fields: values };
    case '#types':
      return { ...header, types: values };
    default:
      return header;
  }
}

function recordOf(
  header: ZeekTsvHeader,
  fields: string[],
  values: string[],
): Record<string, unknown> {
  const record: Record<string, unknown> = {};

  for (let column = 0; column < fields.length; column += 1) {
    const raw = values[column];

    if (raw !== header.unsetField) {
      record[fields[column]] = typedValue(header, header.types?.[column] ?? 'string', raw);
    }
  }

  return record;
}

function typedValue(header: ZeekTsvHeader, type: string, raw: string): unknown {
  if (type.startsWith('set[') || type.startsWith('vector[')) {
    return raw === header.emptyField ? [] : raw.split(header.setSeparator).map(decodeEscapes);
  }
  if (raw === header.emptyField) {
    return '';
  }
  if (type === 'bool') {
    return raw === 'T' ? true : raw === 'F' ? false : raw;
  }
  if (NUMERIC_TYPES.has(type)) {
    const number = Number(raw);

    return raw.length > 0 && Number.isFinite(number) ? number : raw;
  }

  return decodeEscapes(raw);
}

function decodeEscapes(text: string): string {
  return text.includes('\\x')
    ? text.replace(ESCAPED_BYTE, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

function rejected(
  reason: string,
  position: RecordPosition,
  text: string,
): ReadResult<Record<string, unknown>> {
  return {
    ok: false,
    rejection: buildRejection(RejectionCode.MalformedRecord, reason, position, text),
  };
}
