import { Inject, Injectable } from '@nestjs/common';

import type { ComponentHealth, HealthIndicator } from '@tarn/observability';

export const HEALTH_INDICATORS = Symbol('HEALTH_INDICATORS');

export interface ReadinessReport {
  status: 'ready' | 'not_ready';
  components: ComponentHealth[];
}

const CHECK_TIMEOUT_MS = 5000;

/** Runs every dependency check at once, each bounded in time, and reports them together. */
@Injectable()
export class ReadinessService {
  constructor(@Inject(HEALTH_INDICATORS) private readonly indicators: readonly HealthIndicator[]) {}

  async check(): Promise<ReadinessReport> {
    const components = await Promise.all(
      this.indicators.map((indicator) => this.checkOne(indicator)),
    );

    return {
      status: components.every((component) => component.status === 'up') ? 'ready' : 'not_ready',
      components,
    };
  }

  private async checkOne(indicator: HealthIndicator): Promise<ComponentHealth> {
    const startedAt = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`));
      }, CHECK_TIMEOUT_MS);
    });

    try {
      await Promise.race([indicator.check(), timeout]);

      return { component: indicator.component, status: 'up', latencyMs: elapsed(startedAt) };
    } catch (error) {
      return {
        component: indicator.component,
        status: 'down',
        latencyMs: elapsed(startedAt),
        detail: error instanceof Error ? error.message : String(error),
      };
    } finally {
      clearTimeout(timer);
    }
  }
}

function elapsed(startedAt: number): number {
  return Math.round(performance.now() - startedAt);
}
