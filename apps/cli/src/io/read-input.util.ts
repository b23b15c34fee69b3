import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';

import { UsageError } from '../usage.error';

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Reads a whole input as text: a file path, or `-` for stdin. Gzip input is recognised by
 * its magic bytes, not its name, because logs arrive as `.log.gz`, `.json.gz` or unnamed
 * on a pipe. A path that cannot be read is a usage error.
 */
export async function readInputText(source: string, stdin: Readable): Promise<InputText> {
  const raw = source === '-' ? await readStream(stdin) : await readFileOrThrow(source);
  const gzipped = raw.length >= 2 && raw[0] === GZIP_MAGIC[0] && raw[1] === GZIP_MAGIC[1];
  const bytes = gzipped ? gunzipSync(raw) : raw;

  return { text: bytes.toString('utf8'), bytes: raw.length, gzipped };
}

export interface InputText {
  text: string;
  /** Bytes read, before decompression. */
  bytes: number;
  gzipped: boolean;
}

async function readFileOrThrow(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code;

    throw new UsageError(`cannot read input file ${path}: ${why ?? 'unknown error'}`);
  }
}

async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];

  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }

  return Buffer.concat(chunks);
}
