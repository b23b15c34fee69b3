import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';

import { loadConfigOrThrow } from '@tarn/config';
import { openStandaloneMigrations } from '@tarn/metadata';
import { openStandaloneSources } from '@tarn/sources';
import type { StandaloneSources } from '@tarn/sources';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** Runs `tarn …` as a process from its sources, with the local stack's environment. */
function tarn(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(
    process.execPath,
    [
      '--conditions=@tarn/source',
      '-r',
      join(REPO_ROOT, 'apps', 'cli', 'test', 'swc-register.cjs'),
      join(REPO_ROOT, 'apps', 'cli', 'src', 'main.ts'),
      ...args,
    ],
    { encoding: 'utf8', cwd: REPO_ROOT, env: process.env },
  );
}

describe('tarn sources', () => {
  const config = loadConfigOrThrow();
  let standalone: StandaloneSources;

  beforeAll(async () => {
    const migrations = await openStandaloneMigrations(config.postgres.url);

    await migrations.migrations.migrate();
    await migrations.close();
    standalone = await openStandaloneSources(config.postgres.url);
  });

  afterAll(async () => {
    await standalone.close();
  });

  it('should create a source, print its key once, and list, disable and enable it', async () => {
    const name = `cli it ${randomBytes(5).toString('hex')}`;

    const created = tarn(
      'sources',
      'create',
      '--name',
      name,
      '--type',
      'vpcflow',
      '--region',
      'eu-west-3',
      '--account',
      '123456789012',
    );
    const id = /^created source ([0-9a-f-]{36})$/m.exec(created.stdout)?.[1];
    const key = /^ {2}key {3}(tarn_src_\S+)$/m.exec(created.stdout)?.[1];

    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(`  name  ${name}\n  type  vpcflow\n`);
    expect(created.stdout).toContain('shown only this once');
    await expect(standalone.sources.authenticate(key!)).resolves.toMatchObject({ id, name });

    const listed = tarn('sources', 'list');
    const row = listed.stdout.split('\n').find((line) => line.startsWith(id!));

    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/^ID +NAME +TYPE +REGION +ACCOUNT +ENABLED +KEY +CREATED$/m);
    expect(row).toContain(`${name}  `);
    expect(row).toMatch(/vpcflow +eu-west-3 +123456789012 +yes +tarn_src_\S{8}… /);
    expect(listed.stdout).not.toContain(key);

    const disabled = tarn('sources', 'disable', id!);

    expect(disabled.status).toBe(0);
    expect(disabled.stdout).toContain(`disabled source ${id}`);
    await expect(standalone.sources.authenticate(key!)).resolves.toBeUndefined();

    const enabled = tarn('sources', 'enable', id!);

    expect(enabled.status).toBe(0);
    await expect(standalone.sources.authenticate(key!)).resolves.toMatchObject({ id });
  });

  it('should exit 2 with the valid types for an unknown type', () => {
    const sut = tarn('sources', 'create', '--name', 'x', '--type', 'splunk');

    expect(sut.status).toBe(2);
    expect(sut.stderr).toMatch(/unknown source type "splunk"; expected one of: cloudtrail, /);
  });

  it('should exit 1 naming the problem for a taken name or an unknown id', () => {
    const name = `cli dup ${randomBytes(5).toString('hex')}`;

    expect(tarn('sources', 'create', '--name', name, '--type', 'okta').status).toBe(0);
    const taken = tarn('sources', 'create', '--name', name, '--type', 'okta');
    const missing = tarn('sources', 'disable', '00000000-0000-4000-8000-000000000000');

    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('already exists');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no source with id');
  });

  it('should exit 2 for a missing option, without connecting', () => {
    const sut = tarn('sources', 'create', '--type', 'okta');

    expect(sut.status).toBe(2);
    expect(sut.stderr).toMatch(/expected: tarn sources create --name/);
  });
});
