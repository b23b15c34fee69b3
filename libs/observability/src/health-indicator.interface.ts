/**
 * A dependency the readiness probe checks. `check` resolves when the dependency is usable
 * and rejects with an error whose message says what is wrong (never a secret).
 */
export interface HealthIndicator {
  readonly component: string;
  check(): Promise<void>;
}

export interface ComponentHealth {
  component: string;
  status: 'up' | 'down';
  latencyMs: number;
  detail?: string;
}
