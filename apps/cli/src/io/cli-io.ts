import type { Readable, Writable } from 'node:stream';

/** The streams a command talks to; tests pass in-memory ones. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export const processIo = (): CliIo => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
