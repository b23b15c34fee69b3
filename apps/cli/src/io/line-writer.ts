import type { Writable } from 'node:stream';

/** Flush after this many characters: one write per line is the bottleneck at 100k lines/s. */
const FLUSH_AT = 64 * 1024;

/**
 * Buffers lines and writes them in chunks, waiting for `drain` when the stream is full, so
 * a slow consumer (a pipe to `less`) does not make memory grow without bound.
 */
export class LineWriter {
  private buffer: string[] = [];
  private size = 0;

  constructor(private readonly stream: Writable) {}

  async writeLine(line: string): Promise<void> {
    this.buffer.push(line, '\n');
    this.size += line.length + 1;
    if (this.size >= FLUSH_AT) {
      await this.flush();
    }
  }

  async flush(): Promise<void> {
    if (this.size === 0) {
      return;
    }
    const chunk = this.buffer.join('');

    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => this.stream.once('drain', resolve));
    }
  }
}
