import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

import { isBearerTokenValid } from './bearer-token';
import type { ReadinessService } from './readiness.service';

export interface HealthHttpServerOptions {
  host: string;
  port: number;
  token: string;
}

/**
 * Liveness and readiness over HTTP for processes that have no web server of their own (the
 * worker). Authenticated like every other Tarn endpoint.
 */
export class HealthHttpServer {
  private server?: Server;

  constructor(
    private readonly readiness: ReadinessService,
    private readonly options: HealthHttpServerOptions,
  ) {}

  async start(): Promise<void> {
    const server = createServer((request, response) => {
      void this.handle(request, response);
    });

    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, resolve);
    });
  }

  /** The bound port; useful when started on port 0. */
  port(): number {
    const address = this.server?.address();

    return typeof address === 'object' && address !== null ? address.port : this.options.port;
  }

  async stop(): Promise<void> {
    const server = this.server;

    if (server !== undefined) {
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    }
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isBearerTokenValid(request.headers.authorization, this.options.token)) {
      send(response, 401, {
        error: 'UNAUTHENTICATED',
        message: 'a valid bearer token is required',
      });

      return;
    }
    if (request.method === 'GET' && request.url === '/livez') {
      send(response, 200, { status: 'alive' });

      return;
    }
    if (request.method === 'GET' && request.url === '/readyz') {
      const report = await this.readiness.check();

      send(response, report.status === 'ready' ? 200 : 503, report);

      return;
    }
    send(response, 404, { error: 'NOT_FOUND', message: 'health endpoints are /livez and /readyz' });
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
