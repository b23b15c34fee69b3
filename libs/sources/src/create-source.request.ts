import { z } from 'zod';

import { SourceException, SourceExceptionCode } from './source.exception';
import type { CreateSourceInput } from './source.types';

const CREATE_SOURCE_BODY = z
  .object({
    name: z.string(),
    type: z.string(),
    region: z.string().optional(),
    accountId: z.string().optional(),
  })
  .strict();

const FIELDS = Object.keys(CREATE_SOURCE_BODY.shape).join(', ');

/**
 * Checks the shape of a create request from an untrusted client (JSON types, no unknown
 * fields); the values themselves are checked by `SourceService`, for HTTP and CLI alike.
 */
export function parseCreateSourceRequestOrThrow(body: unknown): CreateSourceInput {
  const result = CREATE_SOURCE_BODY.safeParse(body);

  if (!result.success) {
    throw new SourceException(
      SourceExceptionCode.Invalid,
      result.error.issues.map(describeIssue).join('; '),
    );
  }

  return result.data;
}

function describeIssue(issue: z.ZodIssue): string {
  const field = issue.path.length === 0 ? 'body' : issue.path.join('.');

  switch (issue.code) {
    case z.ZodIssueCode.unrecognized_keys:
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; allowed fields: ${FIELDS}`;
    case z.ZodIssueCode.invalid_type:
      return issue.received === 'undefined'
        ? `${field} is required`
        : `${field} must be ${issue.expected === 'object' ? 'a JSON object' : `a ${issue.expected}`}, got ${issue.received}`;
    default:
      return `${field}: ${issue.message}`;
  }
}
