import type { HealthIndicator } from '@tarn/observability';

import { ReadinessService } from './readiness.service';

const indicator = (component: string, check: () => Promise<void>): HealthIndicator => ({
  component,
  check,
});

describe(ReadinessService.name, () => {
  it('should report ready when every component is up', async () => {
    const sut = new ReadinessService([indicator('postgres', () => Promise.resolve())]);

    await expect(sut.check()).resolves.toMatchObject({
      status: 'ready',
      components: [{ component: 'postgres', status: 'up' }],
    });
  });

  it('should name the failing component and why when one is down', async () => {
    const sut = new ReadinessService([
      indicator('postgres', () => Promise.resolve()),
      indicator('trino', () => Promise.reject(new Error('connection refused'))),
    ]);

    const report = await sut.check();

    expect(report.status).toBe('not_ready');
    expect(report.components[1]).toMatchObject({
      component: 'trino',
      status: 'down',
      detail: 'connection refused',
    });
  });

  it('should give up on a component that does not answer in time', async () => {
    jest.useFakeTimers();
    const sut = new ReadinessService([
      indicator('redis', () => new Promise<void>(() => undefined)),
    ]);

    const pending = sut.check();
    await jest.advanceTimersByTimeAsync(6000);
    const report = await pending;
    jest.useRealTimers();

    expect(report.components[0]).toMatchObject({
      status: 'down',
      detail: 'no answer within 5000 ms',
    });
  });
});
