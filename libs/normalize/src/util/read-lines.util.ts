import type { RecordPosition } from '../rejection';

export interface TextLine {
  text: string;
  position: RecordPosition;
}

/**
 * Splits a line-oriented batch. Accepts LF and CRLF, skips blank lines, and numbers records
 * densely (`index`) while keeping the physical line number (`line`) for error messages.
 */
export function* readLines(input: string): Generator<TextLine> {
  let index = 0;
  let line = 0;
  let start = 0;

  while (start <= input.length) {
    let end = input.indexOf('\n', start);

    if (end === -1) {
      end = input.length;
    }
    line += 1;
    let text = input.slice(start, end);

    if (text.endsWith('\r')) {
      text = text.slice(0, -1);
    }
    if (text.trim().length > 0) {
      yield { text, position: { index, line } };
      index += 1;
    }
    start = end + 1;
  }
}
