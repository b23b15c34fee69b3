/**
 * Small deterministic PRNG (mulberry32) with helpers for log values. Benchmarks and fuzz
 * seeds must be the same on every run, so that numbers are comparable between commits.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;

    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  hex(length: number): string {
    let text = '';

    for (let i = 0; i < length; i += 1) {
      text += '0123456789abcdef'[this.int(0, 15)];
    }

    return text;
  }

  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-a${this.hex(3)}-${this.hex(12)}`;
  }

  privateIp(): string {
    return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }

  /** Documentation ranges (RFC 5737), so generated data never names a real host. */
  publicIp(): string {
    return `${this.pick(['192.0.2', '198.51.100', '203.0.113'])}.${this.int(1, 254)}`;
  }

  accountId(): string {
    return this.pick(['111122223333', '444455556666', '777788889999']);
  }
}

/** Generated records start here and advance a few hundred milliseconds each. */
export const GENERATOR_EPOCH_MS = Date.UTC(2024, 5, 1, 8, 0, 0);

export const timeAt = (index: number): number => GENERATOR_EPOCH_MS + index * 250;

export const isoAt = (index: number): string => new Date(timeAt(index)).toISOString();

export const ndjson = (records: Iterable<unknown>): string => {
  const lines: string[] = [];

  for (const record of records) {
    lines.push(JSON.stringify(record));
  }

  return `${lines.join('\n')}\n`;
};

/** Calls `build` for each index: generators write records, not loops. */
export function* times<T>(count: number, build: (index: number) => T): Generator<T> {
  for (let index = 0; index < count; index += 1) {
    yield build(index);
  }
}
