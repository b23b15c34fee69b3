import { gzipSync } from 'node:zlib';

import {
  assertUtf8OrThrow,
  decodeBodyOrThrow,
  findInvalidUtf8Offset,
  parseContentEncodingOrThrow,
} from './decode-body.util';
import { IntakeException, IntakeExceptionCode } from './intake.exception';

const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
const BLOCK_MAX = 128 * 1024;

/** A zstd frame (no checksum, 128 KiB window) of raw and RLE blocks, built by hand. */
function zstdFrame(blocks: ({ raw: Buffer } | { rle: number; size: number })[]): Buffer {
  const parts: Uint8Array[] = [Buffer.from([...ZSTD_MAGIC, 0x00, 0x38])];

  blocks.forEach((block, index) => {
    const last = index === blocks.length - 1 ? 1 : 0;
    const [type, size, content]: [number, number, Uint8Array] =
      'raw' in block ? [0, block.raw.length, block.raw] : [1, block.size, Buffer.from([block.rle])];
    const header = last | (type << 1) | (size << 3);

    parts.push(Buffer.from([header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff]), content);
  });

  return Buffer.concat(parts);
}

function thrown(action: () => unknown): IntakeException {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(IntakeException);

    return error as IntakeException;
  }

  throw new Error('expected an IntakeException');
}

describe(decodeBodyOrThrow.name, () => {
  const text = Buffer.from('{"a":1}\n{"a":2}\n');

  it('should return the body itself when the encoding is identity', () => {
    expect(decodeBodyOrThrow(text, 'identity', 100)).toBe(text);
  });

  it('should decode gzip when it fits the limit', () => {
    expect(decodeBodyOrThrow(gzipSync(text), 'gzip', 100)).toEqual(text);
  });

  it('should refuse truncated gzip as malformed', () => {
    const gzip = gzipSync(text);

    const error = thrown(() => decodeBodyOrThrow(gzip.subarray(0, gzip.length - 6), 'gzip', 100));

    expect(error.code).toBe(IntakeExceptionCode.MalformedBody);
    expect(error.message).toMatch(/not valid gzip/);
  });

  it('should refuse gzip that decodes past the limit as a decompression bomb', () => {
    const bomb = gzipSync(Buffer.alloc(1024 * 1024));

    const error = thrown(() => decodeBodyOrThrow(bomb, 'gzip', 64 * 1024));

    expect(error.code).toBe(IntakeExceptionCode.PayloadTooLarge);
    expect(error.message).toContain('decompression bomb');
  });

  it('should decode zstd of several blocks when it fits the limit', () => {
    const frame = zstdFrame([{ raw: text }, { rle: 0x41, size: 10 }]);

    expect(decodeBodyOrThrow(frame, 'zstd', 100).toString()).toBe(`${text.toString()}AAAAAAAAAA`);
  });

  it('should refuse zstd that decodes past the limit before decoding all of it', () => {
    const bomb = zstdFrame(Array.from({ length: 600 }, () => ({ rle: 0x41, size: BLOCK_MAX })));

    const error = thrown(() => decodeBodyOrThrow(bomb, 'zstd', 1024 * 1024));

    expect(bomb.length).toBeLessThan(4096);
    expect(error.code).toBe(IntakeExceptionCode.PayloadTooLarge);
  });

  it('should refuse truncated zstd as malformed', () => {
    const frame = zstdFrame([{ raw: text }, { raw: text }]);

    const error = thrown(() => decodeBodyOrThrow(frame.subarray(0, frame.length - 4), 'zstd', 100));

    expect(error.code).toBe(IntakeExceptionCode.MalformedBody);
    expect(error.message).toMatch(/not valid zstd/);
  });

  it('should refuse bytes that are not zstd at all as malformed', () => {
    const error = thrown(() => decodeBodyOrThrow(Buffer.from('plain text, not zstd'), 'zstd', 100));

    expect(error.code).toBe(IntakeExceptionCode.MalformedBody);
  });
});

describe(parseContentEncodingOrThrow.name, () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['identity', 'identity'],
    ['gzip', 'gzip'],
    ['X-GZIP', 'gzip'],
    [' zstd ', 'zstd'],
  ])('should read %j as %s', (header, expected) => {
    expect(parseContentEncodingOrThrow(header)).toBe(expected);
  });

  it.each(['br', 'deflate', 'gzip, zstd'])('should refuse %j as unsupported', (header) => {
    const error = thrown(() => parseContentEncodingOrThrow(header));

    expect(error.code).toBe(IntakeExceptionCode.UnsupportedMediaType);
    expect(error.message).toContain('send gzip, zstd or identity');
  });
});

describe(assertUtf8OrThrow.name, () => {
  it('should accept multi-byte UTF-8', () => {
    expect(() => {
      assertUtf8OrThrow(Buffer.from('héllo → 世界 🦀'));
    }).not.toThrow();
  });

  it('should refuse invalid UTF-8 naming the offset of the first bad byte', () => {
    const body = Buffer.concat([Buffer.from('{"a":"é"}\n'), Buffer.from([0xff]), Buffer.from('x')]);

    const error = thrown(() => {
      assertUtf8OrThrow(body);
    });

    expect(error.code).toBe(IntakeExceptionCode.MalformedBody);
    expect(error.message).toContain('offset 11');
  });
});

describe(findInvalidUtf8Offset.name, () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0x61, 0xc0, 0x80], 1],
    [[0xe2, 0x82], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0xf0, 0x9f, 0xa6, 0x80, 0xf5], 4],
    [[0x61, 0xe2, 0x28, 0xa1], 1],
  ])('should find the first invalid byte of %j at %i', (bytes, expected) => {
    expect(findInvalidUtf8Offset(Uint8Array.from(bytes))).toBe(expected);
  });
});
