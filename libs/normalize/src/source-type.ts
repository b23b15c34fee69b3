/**
 * Source type names, shared by the CLI, the API and configuration. The order is the
 * order `--help` lists them in.
 */
export const SOURCE_TYPES = [
  'cloudtrail',
  'vpcflow',
  'route53',
  'securityhub',
  'guardduty',
  'eks-audit',
  'waf',
  'azure-activity',
  'entra-signin',
  'entra-audit',
  'okta',
  'github-audit',
  'google-workspace',
  'syslog',
  'zeek-conn',
  'ocsf',
] as const;

export type SourceType = (typeof SOURCE_TYPES)[number];

export const isSourceType = (value: string): value is SourceType =>
  (SOURCE_TYPES as readonly string[]).includes(value);
