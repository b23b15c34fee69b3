import type { SourceType } from '@tarn/normalize';

import { IntakeException, IntakeExceptionCode } from './intake.exception';

const JSON_TYPES = ['application/json', 'application/x-ndjson'] as const;
const LINE_TYPES = ['text/plain'] as const;

/**
 * Media types each source type accepts. JSON sources take a JSON document (array or wrapper
 * object) or NDJSON; line formats (syslog, VPC Flow Logs) take plain text. The compiler
 * flags a source type missing here.
 */
export const ACCEPTED_CONTENT_TYPES: Record<SourceType, readonly string[]> = {
  cloudtrail: JSON_TYPES,
  vpcflow: LINE_TYPES,
  route53: JSON_TYPES,
  securityhub: JSON_TYPES,
  guardduty: JSON_TYPES,
  'eks-audit': JSON_TYPES,
  waf: JSON_TYPES,
  'azure-activity': JSON_TYPES,
  'entra-signin': JSON_TYPES,
  'entra-audit': JSON_TYPES,
  okta: JSON_TYPES,
  'github-audit': JSON_TYPES,
  'google-workspace': JSON_TYPES,
  syslog: LINE_TYPES,
  'zeek-conn': JSON_TYPES,
  ocsf: JSON_TYPES,
};

const UTF8_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii']);

/**
 * The media type of `Content-Type`, lowercased and without parameters, if the source type
 * accepts it; a charset other than UTF-8 is refused because every mapper reads UTF-8.
 */
export function assertContentTypeAcceptedOrThrow(
  sourceType: SourceType,
  contentType: string | undefined,
): string {
  const [mediaType, ...parameters] = (contentType ?? '').split(';').map((part) => part.trim());
  const accepted = ACCEPTED_CONTENT_TYPES[sourceType];
  const normalized = mediaType.toLowerCase();

  if (!accepted.includes(normalized)) {
    throw new IntakeException(
      IntakeExceptionCode.UnsupportedMediaType,
      `content type ${JSON.stringify(contentType ?? '')} is not accepted for ${sourceType} ` +
        `sources; send one of: ${accepted.join(', ')}`,
    );
  }
  const charset = parameters
    .map((parameter) => /^charset\s*=\s*"?([^";]+)"?$/i.exec(parameter)?.[1]?.toLowerCase())
    .find((value) => value !== undefined);

  if (charset !== undefined && !UTF8_CHARSETS.has(charset)) {
    throw new IntakeException(
      IntakeExceptionCode.UnsupportedMediaType,
      `charset "${charset}" is not supported; send UTF-8 (charset=utf-8 or no charset)`,
    );
  }

  return normalized;
}
