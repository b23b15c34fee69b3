import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { NormalizeOptions } from '../source-mapper.interface';
import type { SourceType } from '../source-type';

/** What a sample file must produce. */
export type SampleExpectation =
  /** At least one event; rejections allowed (reported). */
  | 'events'
  /** Only rejections, at least one: a deliberately malformed input. */
  | 'rejections-only'
  /** Anything, as long as every event is valid (inputs of unknown fitness). */
  | 'any';

export interface SampleFileRule {
  /** File name pattern within the directory (relative path, `/` separated). */
  match: RegExp;
  /** Source type whose mapper reads the file, or undefined to skip it with `skipReason`. */
  sourceType?: SourceType;
  skipReason?: string;
  expect?: SampleExpectation;
  options?: NormalizeOptions | ((sampleDir: string, file: string) => NormalizeOptions);
  note?: string;
}

export interface SampleDirRule {
  /** Directory below the shared root. */
  dir: string;
  /** First matching rule wins; a file no rule matches fails the suite (keep the table complete). */
  files: SampleFileRule[];
}

/** Year-less syslog timestamps are placed relative to this instant, so results are stable. */
export const SAMPLE_NOW = new Date('2024-06-30T00:00:00Z');

const INVALID = /\.INVALID\./;

/**
 * Which mapper reads which file of ../shared (see samples/SOURCES.md for what each file is).
 * `.INVALID.` files must yield only rejections.
 */
export const SAMPLE_TABLE: readonly SampleDirRule[] = [
  {
    dir: 'samples/cloudtrail',
    files: [
      { match: INVALID, sourceType: 'cloudtrail', expect: 'rejections-only' },
      {
        match: /example-09\.json$/,
        sourceType: 'cloudtrail',
        expect: 'any',
        note: 'CloudTrail Insights events, which are not API calls',
      },
      { match: /\.(json|ndjson)$/, sourceType: 'cloudtrail', expect: 'events' },
    ],
  },
  {
    dir: 'samples/vpcflow',
    files: [
      { match: /^awsdocs_formats\.json$/, skipReason: 'sidecar: field lists of the .log files' },
      {
        match: /\.log$/,
        sourceType: 'vpcflow',
        expect: 'events',
        // The doc examples have no header line; their field order is in the sidecar.
        options: (sampleDir, file) => ({ vpcFlowFormat: vpcFlowFormatOf(sampleDir, file) }),
      },
    ],
  },
  {
    dir: 'samples/route53_resolver',
    files: [{ match: /\.json$/, sourceType: 'route53', expect: 'events' }],
  },
  {
    dir: 'samples/securityhub',
    files: [
      {
        match: /CIS-bad|CIS_unsupversion|custom-action-mismatch/,
        sourceType: 'securityhub',
        expect: 'any',
        note: 'deliberately broken inputs of the ASR solution’s own negative tests',
      },
      { match: /\.json$/, sourceType: 'securityhub', expect: 'events' },
    ],
  },
  {
    dir: 'samples/guardduty',
    files: [
      {
        match: /finding-as-asff/,
        sourceType: 'securityhub',
        expect: 'events',
        note: 'GuardDuty finding in ASFF: the Security Hub shape',
      },
      { match: /\.json$/, sourceType: 'guardduty', expect: 'events' },
    ],
  },
  {
    dir: 'samples/azure_activity',
    files: [{ match: /\.ndjson$/, sourceType: 'azure-activity', expect: 'events' }],
  },
  {
    dir: 'samples/entra_id',
    files: [
      { match: /signinlogs/, sourceType: 'entra-signin', expect: 'events' },
      { match: /AADAuditEvents/, sourceType: 'entra-audit', expect: 'events' },
    ],
  },
  {
    dir: 'samples/github_audit',
    files: [{ match: /\.ndjson$/, sourceType: 'github-audit', expect: 'events' }],
  },
  {
    dir: 'samples/google_workspace',
    files: [{ match: /\.ndjson$/, sourceType: 'google-workspace', expect: 'events' }],
  },
  {
    dir: 'samples/syslog',
    files: [
      { match: /\.provenance\.tsv$/, skipReason: 'sidecar: line → upstream test file' },
      {
        match: /\.log$/,
        sourceType: 'syslog',
        expect: 'events',
        options: { timeZone: 'UTC', now: SAMPLE_NOW },
      },
    ],
  },
  {
    dir: 'samples/zeek_conn',
    files: [{ match: /\.log$/, sourceType: 'zeek-conn', expect: 'events' }],
  },
  // TODO: run the Windows samples — when a Windows event log source type exists.
  {
    dir: 'samples/windows',
    files: [
      {
        match: /./,
        skipReason: 'Windows event logs: Tarn has no windows source type yet',
      },
    ],
  },
  // Sources without a samples/ directory (eks-audit, waf, okta, ocsf): the raw inputs and
  // OCSF outputs published with the OCSF examples. Not ground truth, so 'any'.
  {
    dir: 'ocsf/examples/aws-1.1.0',
    files: [
      { match: /^eks-audit-logs\/.*\.raw$/, sourceType: 'eks-audit', expect: 'any' },
      { match: /^waf\/.*\.raw$/, sourceType: 'waf', expect: 'any' },
      {
        match: /^waf\/.*\.ocsf$/,
        sourceType: 'ocsf',
        expect: 'any',
        note: 'the published WAF event breaks OCSF 1.1.0 (examples/README.md)',
      },
      { match: /\.ocsf$/, sourceType: 'ocsf', expect: 'any' },
      { match: /\.raw$/, skipReason: 'raw input of a source covered by samples/' },
    ],
  },
  {
    dir: 'ocsf/examples/okta-1.3.0',
    files: [
      { match: /\.raw$/, sourceType: 'okta', expect: 'any' },
      { match: /\.ocsf$/, skipReason: 'OCSF 1.3.0 output; Tarn emits 1.1.0' },
    ],
  },
];

function vpcFlowFormatOf(sampleDir: string, file: string): string | undefined {
  const formats = JSON.parse(
    readFileSync(join(sampleDir, 'awsdocs_formats.json'), 'utf8'),
  ) as Partial<Record<string, string>>;

  return formats[file];
}
