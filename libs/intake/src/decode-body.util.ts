import { isUtf8 } from 'node:buffer';
import { gunzipSync } from 'node:zlib';

import { Decompress } from 'fzstd';

import { IntakeException, IntakeExceptionCode } from './intake.exception';

/** Content encodings intake can decode; `identity` means none. */
export type ContentEncoding = 'identity' | 'gzip' | 'zstd';

const ENCODINGS: Record<string, ContentEncoding> = {
  '': 'identity',
  identity: 'identity',
  gzip: 'gzip',
  'x-gzip': 'gzip',
  zstd: 'zstd',
};

/** Bytes of compressed input handed to the zstd decoder at a time. */
const ZSTD_INPUT_SLICE = 64 * 1024;

export function parseContentEncodingOrThrow(header: string | undefined): ContentEncoding {
  const encoding = ENCODINGS[(header ?? '').trim().toLowerCase()] as ContentEncoding | undefined;

  if (encoding === undefined) {
    throw new IntakeException(
      IntakeExceptionCode.UnsupportedMediaType,
      `content encoding ${JSON.stringify(header)} is not supported; send gzip, zstd or ` +
        'identity (one encoding, not a list)',
    );
  }

  return encoding;
}

/** The decoded body, never longer than `maxBytes`: a longer one is refused before it is held. */
export function decodeBodyOrThrow(
  body: Buffer,
  encoding: ContentEncoding,
  maxBytes: number,
): Buffer {
  switch (encoding) {
    case 'identity':
      return body;
    case 'gzip':
      return gunzipBoundedOrThrow(body, maxBytes);
    case 'zstd':
      return unzstdBoundedOrThrow(body, maxBytes);
  }
}

/** Refuses a body that is not valid UTF-8, naming the offset of the first bad byte. */
export function assertUtf8OrThrow(body: Buffer): void {
  if (isUtf8(body)) {
    return;
  }

  throw new IntakeException(
    IntakeExceptionCode.MalformedBody,
    `the decoded body is not valid UTF-8 (first invalid byte at offset ` +
      `${findInvalidUtf8Offset(body)}); send UTF-8 text`,
  );
}

function gunzipBoundedOrThrow(body: Buffer, maxBytes: number): Buffer {
  try {
    return gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (error) {
    // Compared by code: under a test sandbox, zlib's RangeError comes from another realm.
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw tooLarge(maxBytes, error);
    }

    throw new IntakeException(
      IntakeExceptionCode.MalformedBody,
      `the body is not valid gzip (${(error as Error).message}); check that it was sent whole`,
      { cause: error },
    );
  }
}

/**
 * fzstd hands out one block (at most 128 KiB) at a time, so counting there stops a bomb
 * within a block of the limit instead of after allocating its whole output.
 */
function unzstdBoundedOrThrow(body: Buffer, maxBytes: number): Buffer {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = { finished: false };
  const decoder = new Decompress((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) {
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk);
    stream.finished ||= final === true;
  });

  try {
    for (let start = 0; start < body.length; start += ZSTD_INPUT_SLICE) {
      decoder.push(
        body.subarray(start, start + ZSTD_INPUT_SLICE),
        start + ZSTD_INPUT_SLICE >= body.length,
      );
    }
  } catch (error) {
    if (error instanceof IntakeException) {
      throw error;
    }

    throw malformedZstd((error as Error).message, error);
  }
  if (!stream.finished) {
    throw malformedZstd('the stream ended before its last block');
  }

  return Buffer.concat(chunks, total);
}

function malformedZstd(detail: string, cause?: unknown): IntakeException {
  return new IntakeException(
    IntakeExceptionCode.MalformedBody,
    `the body is not valid zstd (${detail}); check that it was sent whole`,
    { cause },
  );
}

function tooLarge(maxBytes: number, cause?: unknown): IntakeException {
  return new IntakeException(
    IntakeExceptionCode.PayloadTooLarge,
    `the body decodes to more than ${maxBytes} bytes and was refused as a possible ` +
      'decompression bomb; split the batch into smaller ones',
    { cause },
  );
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629), or -1; only used after a failure. */
export function findInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;

  while (index < bytes.length) {
    const lead = bytes[index];
    const length =
      lead < 0x80 ? 1 : lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;

    if (length === 0 || index + length > bytes.length) {
      return index;
    }
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;

    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];

      if (next === 1 ? byte < low || byte > high : (byte & 0xc0) !== 0x80) {
        return index;
      }
    }
    index += length;
  }

  return -1;
}
