import { DEFAULT_VPC_FLOW_FORMAT, VPC_FLOW_FIELDS } from './vpcflow.types';
import type { VpcFlowFormat } from './vpcflow.types';

const KNOWN_FIELDS: ReadonlySet<string> = new Set(VPC_FLOW_FIELDS);

/**
 * Splits on runs of spaces (and tabs) without a regex: flow logs are single-space separated,
 * but hand-edited samples and some exporters leave doubled spaces.
 */
export function splitFlowLine(line: string): string[] {
  const values: string[] = [];
  let start = -1;

  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    const isSeparator = code === 32 || code === 9;

    if (isSeparator && start !== -1) {
      values.push(line.slice(start, i));
      start = -1;
    } else if (!isSeparator && start === -1) {
      start = i;
    }
  }
  if (start !== -1) {
    values.push(line.slice(start));
  }

  return values;
}

/**
 * Accepts the format as AWS shows it (`${version} ${account-id} …`), as bare names
 * (`version account-id …`, the S3 header line), or with Security Lake's snake_case names.
 */
export function parseFlowFormat(text: string): VpcFlowFormat | undefined {
  const names = splitFlowLine(text).map(normalizeFieldName);

  return names.length === 0 ? undefined : buildFormat(names);
}

export const DEFAULT_FORMAT: VpcFlowFormat = buildFormat(DEFAULT_VPC_FLOW_FORMAT);

/**
 * A header line names fields only; a record line always has at least one value that is not a
 * field name (an address, a number, ACCEPT…). Requiring every token to be a known field keeps
 * a record from ever being mistaken for a header.
 */
export function isHeaderLine(values: readonly string[]): boolean {
  return values.length > 0 && values.every((value) => KNOWN_FIELDS.has(normalizeFieldName(value)));
}

function buildFormat(names: readonly string[]): VpcFlowFormat {
  const columns = new Map<string, number>();

  names.forEach((name, column) => {
    if (!columns.has(name)) {
      columns.set(name, column);
    }
  });

  return { names, columns };
}

function normalizeFieldName(token: string): string {
  const bare = token.startsWith('${') && token.endsWith('}') ? token.slice(2, -1) : token;

  return bare.toLowerCase().replaceAll('_', '-');
}
