import { readFileSync } from 'node:fs';
import type { RequestOptions } from 'node:https';

import { TrinoException, TrinoExceptionCode } from './trino.exception';
import { sendTrinoRequest } from './trino-http.transport';
import type { TrinoHttpResponse } from './trino-http.transport';

export interface TrinoClientOptions {
  url: string;
  user: string;
  password: string;
  /** PEM file of the CA that signed Trino's certificate; system CAs when absent. */
  caFile?: string;
  catalog?: string;
  /** Shown in Trino's query list as the client, so operators know who ran what. */
  source?: string;
}

export interface TrinoColumn {
  name: string;
  type: string;
}

export interface TrinoQueryResult {
  queryId: string;
  columns: TrinoColumn[];
  rows: unknown[][];
  updateType?: string;
  updateCount?: number;
}

export interface TrinoQueryOptions {
  schema?: string;
  /** Deadline for the whole statement, including queueing. Default 5 minutes. */
  timeoutMs?: number;
}

interface StatementPage {
  id: string;
  nextUri?: string;
  columns?: TrinoColumn[];
  data?: unknown[][];
  updateType?: string;
  updateCount?: number;
  error?: { message: string; errorName?: string; errorType?: string; errorCode?: number };
}

const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const REQUEST_TIMEOUT_MS = 30_000;
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

/**
 * A small client for Trino's HTTP statement protocol: POST the statement, follow `nextUri`
 * until the query finishes, gather rows. Authenticates every request with a password over
 * HTTPS, because Tarn's Trino never accepts unauthenticated or plain-HTTP clients.
 */
export class TrinoClient {
  private readonly baseUrl: URL;
  private readonly authorization: string;
  private readonly ca?: Buffer;

  constructor(private readonly options: TrinoClientOptions) {
    this.baseUrl = new URL(options.url);
    if (this.baseUrl.protocol !== 'https:') {
      throw new TrinoException(
        TrinoExceptionCode.Unavailable,
        `Trino URL ${this.baseUrl.origin} is not HTTPS; Trino only accepts passwords over TLS`,
      );
    }
    this.authorization = `Basic ${Buffer.from(`${options.user}:${options.password}`).toString('base64')}`;
    this.ca = options.caFile === undefined ? undefined : readFileSync(options.caFile);
  }

  async query(sql: string, queryOptions: TrinoQueryOptions = {}): Promise<TrinoQueryResult> {
    const deadline = Date.now() + (queryOptions.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    let page = await this.exchange(
      'POST',
      new URL('/v1/statement', this.baseUrl),
      deadline,
      this.sessionHeaders(queryOptions),
      sql,
    );
    const result: TrinoQueryResult = { queryId: page.id, columns: [], rows: [] };

    for (;;) {
      this.collect(page, result);
      if (page.error !== undefined) {
        throw new TrinoException(
          TrinoExceptionCode.QueryFailed,
          `Trino query ${page.id} failed: ${page.error.message}`,
          {
            errorName: page.error.errorName,
            errorType: page.error.errorType,
            errorCode: page.error.errorCode,
          },
        );
      }
      if (page.nextUri === undefined) {
        return result;
      }
      if (Date.now() > deadline) {
        await this.cancel(page.nextUri);
        throw new TrinoException(
          TrinoExceptionCode.Timeout,
          `Trino query ${page.id} did not finish in time and was cancelled`,
        );
      }
      page = await this.exchange('GET', new URL(page.nextUri), deadline);
    }
  }

  /** Rows as objects keyed by column name, for callers that prefer names to positions. */
  static rowsAsObjects(result: TrinoQueryResult): Record<string, unknown>[] {
    return result.rows.map((row) =>
      Object.fromEntries(result.columns.map((column, index) => [column.name, row[index]])),
    );
  }

  private collect(page: StatementPage, result: TrinoQueryResult): void {
    if (page.columns !== undefined && result.columns.length === 0) {
      result.columns = page.columns.map(({ name, type }) => ({ name, type }));
    }
    if (page.data !== undefined) {
      result.rows.push(...page.data);
    }
    if (page.updateType !== undefined) {
      result.updateType = page.updateType;
    }
    if (page.updateCount !== undefined) {
      result.updateCount = page.updateCount;
    }
  }

  private sessionHeaders(queryOptions: TrinoQueryOptions): Record<string, string> {
    const headers: Record<string, string> = {};

    if (this.options.catalog !== undefined) {
      headers['X-Trino-Catalog'] = this.options.catalog;
    }
    if (queryOptions.schema !== undefined) {
      headers['X-Trino-Schema'] = queryOptions.schema;
    }

    return headers;
  }

  private async exchange(
    method: 'GET' | 'POST',
    url: URL,
    deadline: number,
    extraHeaders: Record<string, string> = {},
    body?: string,
  ): Promise<StatementPage> {
    for (let attempt = 0; ; attempt += 1) {
      const response = await this.send(method, url, extraHeaders, body);

      if (RETRYABLE_STATUSES.has(response.status) && Date.now() < deadline && attempt < 10) {
        await sleep(Math.min(100 * 2 ** attempt, 2000));
        continue;
      }

      return this.parsePage(response, url);
    }
  }

  private async send(
    method: string,
    url: URL,
    extraHeaders: Record<string, string>,
    body?: string,
  ): Promise<TrinoHttpResponse> {
    const options: RequestOptions = {
      method,
      ca: this.ca,
      timeout: REQUEST_TIMEOUT_MS,
      headers: {
        Authorization: this.authorization,
        'X-Trino-User': this.options.user,
        'X-Trino-Source': this.options.source ?? 'tarn',
        ...(body === undefined ? {} : { 'Content-Type': 'text/plain; charset=utf-8' }),
        ...extraHeaders,
      },
    };

    try {
      return await sendTrinoRequest(url, options, body);
    } catch (error) {
      throw new TrinoException(
        TrinoExceptionCode.Unavailable,
        `cannot reach Trino at ${this.baseUrl.origin}: ${(error as Error).message}`,
        {},
        { cause: error },
      );
    }
  }

  private parsePage(response: TrinoHttpResponse, url: URL): StatementPage {
    if (response.status === 401) {
      throw new TrinoException(
        TrinoExceptionCode.AuthenticationFailed,
        `Trino refused the credentials of user "${this.options.user}"`,
      );
    }
    if (response.status !== 200) {
      throw new TrinoException(
        TrinoExceptionCode.Unavailable,
        `Trino answered ${response.status} to ${url.pathname}: ${response.body.slice(0, 200)}`,
      );
    }

    return JSON.parse(response.body) as StatementPage;
  }

  /** Best effort: the caller reports the timeout; Trino also abandons queries nobody polls. */
  private async cancel(nextUri: string): Promise<void> {
    await this.send('DELETE', new URL(nextUri), {}).catch(() => undefined);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
