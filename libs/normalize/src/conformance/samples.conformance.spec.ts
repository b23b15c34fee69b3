import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { MAPPERS } from '../mapper-registry';
import type { MapResult, NormalizeOptions } from '../source-mapper.interface';
import type { SourceType } from '../source-type';
import { validateOcsfEvent } from '../testing/ocsf-validator';
import { findSharedDirOrSkip } from '../testing/shared-dir';
import { SAMPLE_TABLE, type SampleDirRule, type SampleFileRule } from './sample-table';

const sharedDir = findSharedDirOrSkip();
const describeWithShared = sharedDir === undefined ? describe.skip : describe;

interface SampleCase {
  dir: string;
  file: string;
  rule: SampleFileRule;
}

interface SourceReport {
  files: number;
  recordsIn: number;
  events: number;
  rejections: Map<string, number>;
}

/** At most this many problems are printed per file; the count says how many there were. */
const MAX_PROBLEMS_SHOWN = 10;

describeWithShared('sample conformance (OCSF 1.1.0)', () => {
  const root = sharedDir ?? '';
  const manifestRecords = readManifestRecords(root);
  const cases = collectCases(root);
  const report = new Map<SourceType, SourceReport>();
  const skipped: string[] = [];
  const missing = listMissingSamples(root, manifestRecords);

  afterAll(() => {
    process.stdout.write(renderReport(report, skipped, missing));
  });

  it('should classify every file in the sample directories', () => {
    expect(cases.unclassified).toEqual([]);
  });

  for (const sample of cases.matched) {
    const name = `${sample.dir}/${sample.file}`;

    if (sample.rule.sourceType === undefined) {
      skipped.push(`${name}: ${sample.rule.skipReason ?? 'no source type'}`);
      continue;
    }
    const sourceType = sample.rule.sourceType;

    it(`should map ${name} as ${sourceType} (${sample.rule.expect ?? 'any'})`, () => {
      const path = join(root, sample.dir, sample.file);
      const options = optionsFor(sample.rule, join(root, sample.dir), sample.file);
      const results = [...MAPPERS[sourceType].map(readFileSync(path, 'utf8'), options)];

      record(report, sourceType, results, manifestRecords.get(`${sample.dir}/${sample.file}`));
      assertExpectation(sample.rule, results);
      expect(problemsOf(results)).toEqual([]);
    });
  }
});

function collectCases(root: string): { matched: SampleCase[]; unclassified: string[] } {
  const matched: SampleCase[] = [];
  const unclassified: string[] = [];

  for (const dirRule of SAMPLE_TABLE) {
    for (const file of listFiles(join(root, dirRule.dir))) {
      const rule = dirRule.files.find((candidate) => candidate.match.test(file));

      if (rule === undefined) {
        unclassified.push(`${dirRule.dir}/${file}`);
      } else {
        matched.push({ dir: dirRule.dir, file, rule });
      }
    }
  }

  return { matched, unclassified };
}

function listFiles(dir: string, base = dir): string[] {
  let entries: string[];

  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }

  return entries.flatMap((entry) => {
    const path = join(dir, entry);

    return statSync(path).isDirectory()
      ? listFiles(path, base)
      : [relative(base, path).split('\\').join('/')];
  });
}

function optionsFor(rule: SampleFileRule, sampleDir: string, file: string): NormalizeOptions {
  return typeof rule.options === 'function' ? rule.options(sampleDir, file) : (rule.options ?? {});
}

function assertExpectation(rule: SampleFileRule, results: MapResult[]): void {
  const events = results.filter((result) => result.ok).length;
  const rejections = results.length - events;

  if (rule.expect === 'rejections-only') {
    expect({ events, rejections: rejections > 0 }).toEqual({ events: 0, rejections: true });
  } else if (rule.expect === 'events') {
    expect(events).toBeGreaterThan(0);
  }
  for (const result of results) {
    if (!result.ok) {
      expect(result.rejection).toEqual(
        expect.objectContaining({
          code: expect.any(String) as string,
          reason: expect.any(String) as string,
          position: expect.objectContaining({ index: expect.any(Number) as number }) as object,
        }),
      );
    }
  }
}

/** Every schema or semantic problem of the file's events, prefixed with the event's index. */
function problemsOf(results: MapResult[]): string[] {
  const problems: string[] = [];

  results.forEach((result, index) => {
    if (result.ok) {
      for (const problem of validateOcsfEvent(result.event)) {
        problems.push(`result ${index} (class ${result.event.class_uid}) ${problem}`);
      }
    }
  });

  return problems.length > MAX_PROBLEMS_SHOWN
    ? [...problems.slice(0, MAX_PROBLEMS_SHOWN), `… ${problems.length - MAX_PROBLEMS_SHOWN} more`]
    : problems;
}

function record(
  report: Map<SourceType, SourceReport>,
  sourceType: SourceType,
  results: MapResult[],
  recordsIn: number | undefined,
): void {
  const entry = report.get(sourceType) ?? {
    files: 0,
    recordsIn: 0,
    events: 0,
    rejections: new Map<string, number>(),
  };

  entry.files += 1;
  entry.recordsIn += recordsIn ?? Number.NaN;
  for (const result of results) {
    if (result.ok) {
      entry.events += 1;
    } else {
      const key = `${result.rejection.code}: ${result.rejection.reason.slice(0, 70)}`;

      entry.rejections.set(key, (entry.rejections.get(key) ?? 0) + 1);
    }
  }
  report.set(sourceType, entry);
}

/** Record counts per file from samples/.manifest.json, the independent count of "records in". */
function readManifestRecords(root: string): Map<string, number> {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'samples', '.manifest.json'), 'utf8')) as {
      file: string;
      records: number;
    }[];

    return new Map(manifest.map((entry) => [`samples/${entry.file}`, entry.records]));
  } catch {
    return new Map();
  }
}

function listMissingSamples(root: string, manifestRecords: Map<string, number>): string[] {
  return [...manifestRecords.keys()].filter((path) => {
    try {
      statSync(join(root, path));

      return false;
    } catch {
      return true;
    }
  });
}

function renderReport(
  report: Map<SourceType, SourceReport>,
  skipped: readonly string[],
  missing: readonly string[],
): string {
  const lines = ['', '== OCSF sample conformance report =='];

  for (const [sourceType, entry] of [...report].sort(([a], [b]) => a.localeCompare(b))) {
    const rejected = [...entry.rejections.values()].reduce((sum, count) => sum + count, 0);
    const recordsIn = Number.isNaN(entry.recordsIn) ? '?' : String(entry.recordsIn);

    lines.push(
      `${sourceType.padEnd(17)} files ${String(entry.files).padStart(3)}  records in ${recordsIn.padStart(5)}  events out ${String(entry.events).padStart(5)}  rejected ${String(rejected).padStart(4)}`,
    );
    for (const [reason, count] of entry.rejections) {
      lines.push(`    ${String(count).padStart(4)} × ${reason}`);
    }
  }
  lines.push(`skipped (${skipped.length}):`, ...skipped.map((line) => `    ${line}`));
  if (missing.length > 0) {
    lines.push(
      `listed in samples/.manifest.json but absent (${missing.length}):`,
      ...missing.map((line) => `    ${line}`),
    );
  }

  return `${lines.join('\n')}\n`;
}

export type { SampleDirRule };
