import { RejectionCode } from '../../rejection';
import { MappingError } from '../../util/mapping.error';

const SPACE = 0x20;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
/** How much of the offending text a syntax error quotes. */
const QUOTE_LENGTH = 32;

/**
 * A cursor over one syslog line. The header grammars are read left to right with it, one
 * character decision at a time, so parsing is linear in the line length whatever the input.
 */
export class SyslogScanner {
  position = 0;

  constructor(readonly text: string) {}

  get atEnd(): boolean {
    return this.position >= this.text.length;
  }

  /** Char code at `position + offset`, or -1 past the end. */
  peek(offset = 0): number {
    const index = this.position + offset;

    return index < this.text.length ? this.text.charCodeAt(index) : -1;
  }

  isDigitAt(offset = 0): boolean {
    const code = this.peek(offset);

    return code >= DIGIT_0 && code <= DIGIT_9;
  }

  /** Consumes `char` when it is next; tells whether it did. */
  tryConsume(char: string): boolean {
    if (this.text.startsWith(char, this.position)) {
      this.position += char.length;

      return true;
    }

    return false;
  }

  expectOrThrow(char: string, where: string): void {
    if (!this.tryConsume(char)) {
      this.failOrThrow(
        `expected '${char}' ${where} at column ${this.position + 1}, found ${this.quote()}`,
      );
    }
  }

  /** Reads between `min` and `max` decimal digits as a number. */
  readDigitsOrThrow(min: number, max: number, what: string): number {
    let value = 0;
    let count = 0;

    while (count < max && this.isDigitAt()) {
      value = value * 10 + (this.peek() - DIGIT_0);
      this.position += 1;
      count += 1;
    }
    if (count < min) {
      this.failOrThrow(
        `${what} needs ${min === max ? min : `${min}-${max}`} digits at column ${this.position + 1 - count}, found ${this.quote(this.position - count)}`,
      );
    }

    return value;
  }

  /** Reads up to the next space or the end, without consuming the space. */
  readToken(): string {
    const start = this.position;

    while (this.position < this.text.length && this.text.charCodeAt(this.position) !== SPACE) {
      this.position += 1;
    }

    return this.text.slice(start, this.position);
  }

  skipSpaces(): number {
    const start = this.position;

    while (this.peek() === SPACE) {
      this.position += 1;
    }

    return this.position - start;
  }

  readRest(): string {
    const rest = this.text.slice(this.position);

    this.position = this.text.length;

    return rest;
  }

  /** The text from `start` on, shortened for an error message. */
  quote(start = this.position, length = this.text.length - start): string {
    if (start >= this.text.length) {
      return 'the end of the line';
    }
    const text = this.text.slice(start, start + Math.min(length, QUOTE_LENGTH));

    return `'${text}${length > QUOTE_LENGTH ? '…' : ''}'`;
  }

  /** The word starting at `start` (up to the next space), for errors about one token. */
  quoteWord(start: number): string {
    const end = this.text.indexOf(' ', start);

    return this.quote(start, (end === -1 ? this.text.length : end) - start);
  }

  failOrThrow(reason: string): never {
    throw new MappingError(RejectionCode.MalformedRecord, reason);
  }
}
