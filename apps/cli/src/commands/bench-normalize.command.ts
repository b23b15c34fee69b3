import { isSourceType, MAPPERS, SOURCE_TYPES, type SourceType } from '@tarn/normalize';
import { GENERATORS } from '@tarn/normalize/testing';

import type { CliCommand } from '../cli-command.interface';
import type { CliIo } from '../io/cli-io';
import { EXIT_OK, UsageError } from '../usage.error';
import { parseCommandArgs } from './cli-args.util';
import { detectBaselineMode, parseOnly } from './parse-only-baseline';
import type { BaselineMode } from './parse-only-baseline';

const DEFAULT_RECORDS = 100_000;
/** The two highest-volume sources are measured at the scale they arrive in. */
const DEFAULT_RECORDS_BY_SOURCE: Partial<Record<SourceType, number>> = {
  vpcflow: 1_000_000,
  cloudtrail: 200_000,
};
const DEFAULT_SEED = 1;
/** Warm-up input size: enough for the JIT to optimise the mapper before timing starts. */
const WARM_UP_RECORDS = 5_000;
/**
 * Records per generated batch. The worker maps one raw object at a time, and a CloudTrail
 * log file or a findings page holds hundreds to a few thousand records, not 100k.
 */
const BATCH_RECORDS = 1_000;
/** Sample RSS every this many results: often enough to see the peak, cheap enough not to skew. */
const RSS_SAMPLE_EVERY = 2_000;

const OPTIONS = {
  records: { type: 'string', short: 'n' },
  source: { type: 'string', short: 's' },
  seed: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface BenchRow {
  sourceType: SourceType;
  records: number;
  bytesPerRecord: number;
  events: number;
  rejected: number;
  seconds: number;
  eventsPerSecond: number;
  /** Input records mapped per second (the same unit as the baseline). */
  recordsPerSecond: number;
  baselineMode: BaselineMode;
  /** Records per second of parsing the same input only (see parse-only-baseline.ts). */
  baselineRecordsPerSecond: number;
  peakRssMb: number;
}

/**
 * `tarn bench normalize`: maps synthetic input of every source type (seeded, so runs are
 * comparable) in this one process and reports mapping throughput. It measures `map()` only:
 * parsing and building events, not JSON output or I/O.
 */
export const benchNormalizeCommand: CliCommand = {
  path: ['bench', 'normalize'],
  summary: 'measure mapper throughput (events/s on one core) on synthetic input',
  usage: () =>
    [
      'Usage: tarn bench normalize [--records N] [--source <type>] [--seed S]',
      '',
      'Generates N realistic records per source type from a fixed seed, in batches of',
      `${BATCH_RECORDS} records (one raw object each, as the worker sees them), warms the mapper`,
      'up, then times map() over all batches in this process (one core) and prints events/s,',
      'input bytes per record and peak resident memory (process-wide, so it includes the',
      'generated input and earlier source types). As a reference it also times parsing the',
      'same batches only (JSON.parse, or splitting lines into fields for text formats) and',
      'prints the ratio of mapped records/s to parsed records/s.',
      '',
      'Options:',
      `  -n, --records <N>     records per source type (default ${DEFAULT_RECORDS};`,
      '                        vpcflow 1000000, cloudtrail 200000)',
      '  -s, --source <type>   only this source type (default: all)',
      `      --seed <S>        generator seed (default ${DEFAULT_SEED})`,
      '  -h, --help            show this help',
      '',
      `Source types: ${SOURCE_TYPES.join(', ')}`,
    ].join('\n'),

  run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);

    if (values.help === true) {
      io.stdout.write(`${this.usage()}\n`);

      return Promise.resolve(EXIT_OK);
    }
    if (positionals.length > 0) {
      throw new UsageError(`unexpected argument: ${positionals.join(' ')}`);
    }
    const records =
      values.records === undefined
        ? undefined
        : positiveIntegerOrThrow('--records', values.records, DEFAULT_RECORDS);
    const seed = positiveIntegerOrThrow('--seed', values.seed, DEFAULT_SEED);
    const sourceTypes = sourceTypesOrThrow(values.source);

    io.stdout.write(`${renderHeader()}\n`);
    for (const sourceType of sourceTypes) {
      const count = records ?? DEFAULT_RECORDS_BY_SOURCE[sourceType] ?? DEFAULT_RECORDS;

      io.stdout.write(`${renderRow(benchSource(sourceType, count, seed))}\n`);
    }

    return Promise.resolve(EXIT_OK);
  },
};

function positiveIntegerOrThrow(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  const parsed = Number(value.replaceAll('_', ''));

  if (!Number.isSafeInteger(parsed) || parsed < 1) {
    throw new UsageError(`${name} must be a positive integer, got "${value}"`);
  }

  return parsed;
}

function sourceTypesOrThrow(source: string | undefined): readonly SourceType[] {
  if (source === undefined) {
    return SOURCE_TYPES;
  }
  if (!isSourceType(source)) {
    throw new UsageError(`unknown source type "${source}"; one of: ${SOURCE_TYPES.join(', ')}`);
  }

  return [source];
}

/** Generates, warms up and times one source type. */
export function benchSource(sourceType: SourceType, records: number, seed: number): BenchRow {
  const mapper = MAPPERS[sourceType];
  const generator = GENERATORS[sourceType];

  drain(mapper.map(generator.generate(Math.min(records, WARM_UP_RECORDS), seed + 1), {}));
  const batches = generateBatches(generator.generate.bind(generator), records, seed);
  const bytes = batches.reduce((sum, batch) => sum + Buffer.byteLength(batch), 0);
  let peakRss = process.memoryUsage.rss();
  let events = 0;
  let rejected = 0;
  const started = process.hrtime.bigint();

  for (const batch of batches) {
    for (const result of mapper.map(batch, {})) {
      if (result.ok) {
        events += 1;
      } else {
        rejected += 1;
      }
      if ((events + rejected) % RSS_SAMPLE_EVERY === 0) {
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
      }
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const baselineMode = detectBaselineMode(batches[0] ?? '');
  const baselineSeconds = timeParseOnly(batches, baselineMode);

  peakRss = Math.max(peakRss, process.memoryUsage.rss());

  return {
    sourceType,
    records,
    bytesPerRecord: bytes / records,
    events,
    rejected,
    seconds,
    eventsPerSecond: events / seconds,
    recordsPerSecond: records / seconds,
    baselineMode,
    baselineRecordsPerSecond: records / baselineSeconds,
    peakRssMb: peakRss / (1024 * 1024),
  };
}

/** All input up front, so that generating it is not timed. Each batch has its own seed. */
function generateBatches(
  generate: (count: number, seed: number) => string,
  records: number,
  seed: number,
): string[] {
  const batches: string[] = [];

  for (let done = 0; done < records; done += BATCH_RECORDS) {
    batches.push(
      generate(Math.min(BATCH_RECORDS, records - done), seed * 100_003 + batches.length),
    );
  }

  return batches;
}

function timeParseOnly(batches: readonly string[], mode: BaselineMode): number {
  let checksum = 0;

  for (const batch of batches.slice(0, 5)) {
    checksum += parseOnly(batch, mode);
  }
  const started = process.hrtime.bigint();

  for (const batch of batches) {
    checksum += parseOnly(batch, mode);
  }
  if (checksum < 0) {
    throw new Error('unreachable: keeps the parse results alive');
  }

  return Number(process.hrtime.bigint() - started) / 1e9;
}

function drain(results: Iterable<unknown>): void {
  const iterator = results[Symbol.iterator]();

  while (iterator.next().done !== true) {
    // Consuming is the point: the warm-up only has to run the mapper.
  }
}

const COLUMNS = [
  ['source', 17],
  ['records', 9],
  ['B/record', 9],
  ['events', 9],
  ['rejected', 9],
  ['seconds', 8],
  ['events/s', 10],
  ['parse-only/s', 13],
  ['ratio', 6],
  ['peak RSS MB', 12],
] as const;

function renderHeader(): string {
  return COLUMNS.map(([title, width], index) =>
    index === 0 ? title.padEnd(width) : title.padStart(width),
  ).join(' ');
}

export function renderRow(row: BenchRow): string {
  const cells = [
    row.sourceType,
    String(row.records),
    row.bytesPerRecord.toFixed(0),
    String(row.events),
    String(row.rejected),
    row.seconds.toFixed(2),
    Math.round(row.eventsPerSecond).toString(),
    Math.round(row.baselineRecordsPerSecond).toString(),
    (row.recordsPerSecond / row.baselineRecordsPerSecond).toFixed(2),
    row.peakRssMb.toFixed(0),
  ];

  return cells
    .map((cell, index) =>
      index === 0 ? cell.padEnd(COLUMNS[index][1]) : cell.padStart(COLUMNS[index][1]),
    )
    .join(' ');
}
