import {
  isSourceType,
  normalize,
  SOURCE_TYPES,
  type NormalizeOptions,
  type Rejection,
} from '@tarn/normalize';

import type { CliCommand } from '../cli-command.interface';
import type { CliIo } from '../io/cli-io';
import { LineWriter } from '../io/line-writer';
import { readInputText } from '../io/read-input.util';
import { EXIT_OK, UsageError } from '../usage.error';
import { parseCommandArgs } from './cli-args.util';
import { describeSourceTypes } from './source-types.help';

const OPTIONS = {
  source: { type: 'string', short: 's' },
  'time-zone': { type: 'string' },
  'vpc-flow-format': { type: 'string' },
  account: { type: 'string' },
  region: { type: 'string' },
  'keep-raw': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Counts for the closing summary line. */
interface NormalizeSummary {
  events: number;
  rejections: Map<string, number>;
}

/**
 * `tarn normalize`: raw source records in, OCSF 1.1.0 events out (NDJSON on stdout),
 * rejections as NDJSON on stderr, then a `# `-prefixed summary line on stderr.
 */
export const normalizeCommand: CliCommand = {
  path: ['normalize'],
  summary: 'map raw source records to OCSF 1.1.0 events (NDJSON on stdout)',
  usage: () =>
    [
      'Usage: tarn normalize --source <type> [options] <file|->',
      '',
      'Reads raw records of one source type from a file or stdin (-); gzip input is detected',
      'and decompressed. Prints one OCSF event JSON per line on stdout and one rejection JSON',
      'per line on stderr, then a summary line starting with "# " on stderr. Exit code 0 when',
      'the input could be read (rejections included), 2 for usage errors.',
      '',
      'Options:',
      '  -s, --source <type>        source type (required; see below)',
      '      --time-zone <zone>     IANA zone for timestamps without one (syslog); default UTC',
      '      --vpc-flow-format <f>  VPC flow log field names, space separated, for input',
      '                             without a header line',
      '      --account <id>         cloud account of the source, used when a record has none',
      '      --region <region>      cloud region of the source, used when a record has none',
      '      --keep-raw             keep each original record in raw_data',
      '  -h, --help                 show this help',
      '',
      'Source types:',
      describeSourceTypes(),
      '',
      'The summary counts every result once: a record that yields several events counts',
      'once per event.',
    ].join('\n'),

  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);

    if (values.help === true) {
      io.stdout.write(`${this.usage()}\n`);

      return EXIT_OK;
    }
    const sourceType = sourceTypeOrThrow(values.source);
    const inputPath = inputPathOrThrow(positionals);
    const options = toNormalizeOptions(values);
    const input = await readInputText(inputPath, io.stdin);
    const summary = await writeResults(sourceType, input.text, options, io);

    io.stderr.write(`${renderSummary(summary)}\n`);

    return EXIT_OK;
  },
};

function sourceTypeOrThrow(source: string | undefined): string {
  if (source === undefined) {
    throw new UsageError(`missing --source <type>; one of: ${SOURCE_TYPES.join(', ')}`);
  }
  if (!isSourceType(source)) {
    throw new UsageError(`unknown source type "${source}"; one of: ${SOURCE_TYPES.join(', ')}`);
  }

  return source;
}

function inputPathOrThrow(positionals: string[]): string {
  if (positionals.length === 0) {
    throw new UsageError('missing input: give a file path, or - for stdin');
  }
  if (positionals.length > 1) {
    throw new UsageError(`expected one input, got ${positionals.length}: ${positionals.join(' ')}`);
  }

  return positionals[0];
}

function toNormalizeOptions(values: {
  'time-zone'?: string;
  'vpc-flow-format'?: string;
  account?: string;
  region?: string;
  'keep-raw'?: boolean;
}): NormalizeOptions {
  const options: NormalizeOptions = {};

  if (values['time-zone'] !== undefined) {
    options.timeZone = timeZoneOrThrow(values['time-zone']);
  }
  if (values['vpc-flow-format'] !== undefined) {
    options.vpcFlowFormat = values['vpc-flow-format'];
  }
  if (values.account !== undefined || values.region !== undefined) {
    options.cloud = { accountUid: values.account, region: values.region };
  }
  if (values['keep-raw'] === true) {
    options.keepRawData = true;
  }

  return options;
}

function timeZoneOrThrow(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new UsageError(`unknown time zone "${zone}"; use an IANA name such as Europe/Paris`);
  }

  return zone;
}

async function writeResults(
  sourceType: string,
  text: string,
  options: NormalizeOptions,
  io: CliIo,
): Promise<NormalizeSummary> {
  const out = new LineWriter(io.stdout);
  const err = new LineWriter(io.stderr);
  const summary: NormalizeSummary = { events: 0, rejections: new Map() };

  for (const result of normalize(sourceType, text, options)) {
    if (result.ok) {
      summary.events += 1;
      await out.writeLine(JSON.stringify(result.event));
    } else {
      countRejection(summary, result.rejection);
      await err.writeLine(JSON.stringify(result.rejection));
    }
  }
  await out.flush();
  await err.flush();

  return summary;
}

function countRejection(summary: NormalizeSummary, rejection: Rejection): void {
  summary.rejections.set(rejection.code, (summary.rejections.get(rejection.code) ?? 0) + 1);
}

/** Starts with `# ` so that it can never be mistaken for a JSON rejection line. */
export function renderSummary(summary: NormalizeSummary): string {
  const rejected = [...summary.rejections.values()].reduce((sum, count) => sum + count, 0);
  const byCode = [...summary.rejections]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');

  return `# normalize: ${summary.events + rejected} records, ${summary.events} events, ${rejected} rejected${byCode === '' ? '' : ` (${byCode})`}`;
}
