import { SOURCE_TYPES, isSourceType } from '@tarn/normalize';
import type { SourceType } from '@tarn/normalize';

import { SourceException, SourceExceptionCode } from './source.exception';
import type { CreateSourceInput } from './source.types';

export const SOURCE_NAME_MAX_LENGTH = 100;
const REGION_MAX_LENGTH = 32;
/**
 * Letters, digits, space, `.`, `_` and `-`, starting with a letter or digit and not ending in a
 * space. Quotes and semicolons are refused: names appear in shell commands, file names and SQL
 * views later, and no source needs them.
 */
const NAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9 ._-]*[A-Za-z0-9._-])?$/;
/** `us-east-1`, `eu-central-2`, but also `westeurope` (Azure) and `europe-west1` (Google). */
const REGION_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** AWS 12-digit accounts, Azure subscription and tenant GUIDs, Okta or GitHub org slugs. */
const ACCOUNT_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export interface ValidCreateSourceInput {
  name: string;
  type: SourceType;
  region: string | null;
  accountId: string | null;
}

/** Checks every field and throws one `SOURCE_INVALID` listing all the problems found. */
export function validateCreateSourceInputOrThrow(input: CreateSourceInput): ValidCreateSourceInput {
  const problems = [
    nameProblem(input.name),
    typeProblem(input.type),
    input.region === undefined ? undefined : regionProblem(input.region),
    input.accountId === undefined ? undefined : accountProblem(input.accountId),
  ].filter((problem) => problem !== undefined);

  if (problems.length > 0) {
    throw new SourceException(SourceExceptionCode.Invalid, problems.join('; '));
  }

  return {
    name: input.name,
    type: input.type as SourceType,
    region: input.region ?? null,
    accountId: input.accountId ?? null,
  };
}

function nameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > SOURCE_NAME_MAX_LENGTH) {
    return `name must be 1 to ${SOURCE_NAME_MAX_LENGTH} characters long; got ${name.length}`;
  }
  if (!NAME_PATTERN.test(name)) {
    return (
      `name may contain only letters, digits, spaces, ".", "_" and "-", must start with a ` +
      `letter or digit and must not end with a space; got ${quote(name)}`
    );
  }

  return undefined;
}

function typeProblem(type: string): string | undefined {
  return isSourceType(type)
    ? undefined
    : `unknown source type ${quote(type)}; expected one of: ${SOURCE_TYPES.join(', ')}`;
}

function regionProblem(region: string): string | undefined {
  return region.length <= REGION_MAX_LENGTH && REGION_PATTERN.test(region)
    ? undefined
    : `region must look like us-east-1 (lowercase letters, digits and single hyphens, up to ` +
        `${REGION_MAX_LENGTH} characters); got ${quote(region)}`;
}

function accountProblem(accountId: string): string | undefined {
  return ACCOUNT_PATTERN.test(accountId)
    ? undefined
    : `accountId must be 1 to 64 letters, digits or hyphens (such as 123456789012); got ${quote(accountId)}`;
}

/** The offending value, JSON-quoted so that invisible characters show, and cut to a sane length. */
function quote(value: string): string {
  return JSON.stringify(value.length > 120 ? `${value.slice(0, 120)}…` : value);
}
