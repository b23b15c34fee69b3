import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';

import { MAPPERS } from '@tarn/normalize';

import { runCli } from '../cli';
import type { CliIo } from '../io/cli-io';
import { normalizeCommand } from './normalize.command';

const FIXTURE = join(__dirname, '__fixtures__', 'vpcflow-mixed.log');
const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], stdin = ''): Promise<Captured> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };

  stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
  stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
  const io: CliIo = { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr };
  const code = await runCli(argv, io);

  return {
    code,
    stdout: Buffer.concat(chunks.stdout).toString('utf8'),
    stderr: Buffer.concat(chunks.stderr).toString('utf8'),
  };
}

const linesOf = (text: string): string[] => text.split('\n').filter((line) => line.length > 0);

describe(normalizeCommand.run.name, () => {
  it('should print events on stdout, rejections and a summary on stderr, and exit 0', async () => {
    const sut = await run(['normalize', '--source', 'vpcflow', FIXTURE]);
    const events = linesOf(sut.stdout).map((line) => JSON.parse(line) as { class_uid: number });
    const errors = linesOf(sut.stderr);

    expect(sut.code).toBe(0);
    expect(events.map((event) => event.class_uid)).toEqual([4001, 4001]);
    expect(JSON.parse(errors[0])).toMatchObject({ position: { index: 1, line: 2 } });
    expect(errors[1]).toMatch(/^# normalize: 3 records, 2 events, 1 rejected \([A-Z_]+ 1\)$/);
  });

  it('should read stdin when the input is -', async () => {
    const sut = await run(['normalize', '-s', 'vpcflow', '-'], readFileSync(FIXTURE, 'utf8'));

    expect(linesOf(sut.stdout)).toHaveLength(2);
  });

  it('should decompress gzip input recognised by its magic bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tarn-cli-'));
    const gz = join(dir, 'flows.bin');

    writeFileSync(gz, gzipSync(readFileSync(FIXTURE)));
    const sut = await run(['normalize', '--source', 'vpcflow', gz]);

    expect(linesOf(sut.stdout)).toHaveLength(2);
  });

  it('should pass time zone, flow format, cloud and raw-data options to the mapper', async () => {
    const map = jest.spyOn(MAPPERS.vpcflow, 'map').mockReturnValue([]);

    await run([
      'normalize',
      '--source',
      'vpcflow',
      '--keep-raw',
      '--time-zone',
      'Europe/Paris',
      '--vpc-flow-format',
      'version srcaddr dstaddr',
      '--account',
      '999988887777',
      '--region',
      'eu-west-3',
      FIXTURE,
    ]);

    expect(map).toHaveBeenCalledWith(readFileSync(FIXTURE, 'utf8'), {
      timeZone: 'Europe/Paris',
      vpcFlowFormat: 'version srcaddr dstaddr',
      cloud: { accountUid: '999988887777', region: 'eu-west-3' },
      keepRawData: true,
    });
    map.mockRestore();
  });

  it.each([
    [['normalize', FIXTURE], /missing --source <type>; one of: cloudtrail, vpcflow/],
    [
      ['normalize', '--source', 'nope', FIXTURE],
      /unknown source type "nope"; one of: cloudtrail, .*ocsf/,
    ],
    [['normalize', '--source', 'vpcflow'], /missing input: give a file path, or - for stdin/],
    [
      ['normalize', '--source', 'vpcflow', '/no/such/file'],
      /cannot read input file \/no\/such\/file: no such file/,
    ],
    [['normalize', '--source', 'vpcflow', '--bogus', FIXTURE], /Unknown option '--bogus'/],
    [
      ['normalize', '--source', 'syslog', '--time-zone', 'Mars/Olympus', FIXTURE],
      /unknown time zone "Mars\/Olympus"/,
    ],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('should exit 2 with a clear message for %j', async (argv, message) => {
    const sut = await run(argv);

    expect(sut.code).toBe(2);
    expect(sut.stderr).toMatch(message);
    expect(sut.stderr).toMatch(/Run `tarn .*--help` for usage\./);
  });

  it('should list source types with descriptions and options in the help texts', async () => {
    const top = await run(['--help']);
    const command = await run(['normalize', '--help']);

    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/normalize +map raw source records/);
    expect(top.stdout).toMatch(/bench normalize/);
    expect(command.stdout).toMatch(/--vpc-flow-format/);
    expect(command.stdout).toMatch(/^ {2}zeek-conn +\S/m);
  });
});

describe('tarn normalize (spawned)', () => {
  it('should run as a process and exit 0 on a fixture', () => {
    const sut = spawnSync(
      process.execPath,
      [
        '--conditions=@tarn/source',
        '-r',
        join(REPO_ROOT, 'apps', 'cli', 'test', 'swc-register.cjs'),
        join(REPO_ROOT, 'apps', 'cli', 'src', 'main.ts'),
        'normalize',
        '--source',
        'vpcflow',
        FIXTURE,
      ],
      { encoding: 'utf8', cwd: REPO_ROOT },
    );

    expect(sut.stderr.trim().split('\n').pop()).toMatch(
      /^# normalize: 3 records, 2 events, 1 rejected/,
    );
    expect(sut.status).toBe(0);
    expect(sut.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('should exit 2 for an unknown source type', () => {
    const sut = spawnSync(
      process.execPath,
      [
        '--conditions=@tarn/source',
        '-r',
        join(REPO_ROOT, 'apps', 'cli', 'test', 'swc-register.cjs'),
        join(REPO_ROOT, 'apps', 'cli', 'src', 'main.ts'),
        'normalize',
        '--source',
        'nope',
        '-',
      ],
      { encoding: 'utf8', cwd: REPO_ROOT, input: '' },
    );

    expect(sut.status).toBe(2);
    expect(sut.stderr).toMatch(/unknown source type "nope"/);
  });
});
