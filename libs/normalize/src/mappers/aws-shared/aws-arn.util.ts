/** The parts of an ARN: `arn:<partition>:<service>:<region>:<account>:<resource>`. */
export interface AwsArn {
  partition: string;
  service: string;
  /** Empty for global resources (IAM, S3 buckets). */
  region: string;
  /** Empty for resources that are not owned by an account (S3 buckets, AWS-managed policies). */
  account: string;
  resource: string;
}

const ARN_PREFIX = 'arn:';
const ARN_HEADER_FIELDS = 5;

/**
 * Splits an ARN without a regex: the resource part may itself contain `:` and `/`, so only
 * the first five separators count. Undefined when the text is not an ARN.
 */
export function parseArn(value: string | undefined): AwsArn | undefined {
  if (value?.startsWith(ARN_PREFIX) !== true) {
    return undefined;
  }
  const parts: string[] = [];
  let start = 0;

  for (let field = 0; field < ARN_HEADER_FIELDS; field += 1) {
    const end = value.indexOf(':', start);

    if (end < 0) {
      return undefined;
    }
    parts.push(value.slice(start, end));
    start = end + 1;
  }

  return {
    partition: parts[1],
    service: parts[2],
    region: parts[3],
    account: parts[4],
    resource: value.slice(start),
  };
}

/** An account id only when the ARN names one (twelve digits), so a malformed ARN adds nothing. */
export function accountOfArn(value: string | undefined): string | undefined {
  const account = parseArn(value)?.account;

  return account !== undefined && ACCOUNT_ID.test(account) ? account : undefined;
}

const ACCOUNT_ID = /^\d{12}$/;
