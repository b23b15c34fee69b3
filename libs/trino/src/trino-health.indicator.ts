import { Inject, Injectable } from '@nestjs/common';

import type { HealthIndicator } from '@tarn/observability';

import { TrinoClient } from './trino-client';

/** Ready when Tarn's service account can authenticate and run a statement. */
@Injectable()
export class TrinoHealthIndicator implements HealthIndicator {
  readonly component = 'trino';

  constructor(@Inject(TrinoClient) private readonly trino: TrinoClient) {}

  async check(): Promise<void> {
    await this.trino.query('SELECT 1', { timeoutMs: 10_000 });
  }
}
