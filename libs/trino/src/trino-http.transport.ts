import { request } from 'node:https';
import type { RequestOptions } from 'node:https';

export interface TrinoHttpResponse {
  status: number;
  body: string;
}

/** Bodies larger than this are not Trino protocol pages; refuse rather than buffer without end. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** One HTTPS exchange with Trino. Kept apart so the protocol logic can be tested without a server. */
export function sendTrinoRequest(
  url: URL,
  options: RequestOptions,
  body?: string,
): Promise<TrinoHttpResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, options, (response) => {
      const chunks: Buffer[] = [];
      let received = 0;

      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_RESPONSE_BYTES) {
          response.destroy(
            new Error(`response from ${url.pathname} exceeds ${MAX_RESPONSE_BYTES} bytes`),
          );

          return;
        }
        chunks.push(chunk);
      });
      response.on('error', reject);
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
      });
    });

    outgoing.on('error', reject);
    outgoing.on('timeout', () => outgoing.destroy(new Error('request timed out')));
    outgoing.end(body);
  });
}
