import { benchSource, renderRow } from './bench-normalize.command';

describe(benchSource.name, () => {
  it('should time a mapper over generated records and count its events', () => {
    const sut = benchSource('vpcflow', 500, 1);

    expect(sut).toMatchObject({ sourceType: 'vpcflow', records: 500, events: 500, rejected: 0 });
    expect(sut.eventsPerSecond).toBeGreaterThan(0);
    expect(sut.bytesPerRecord).toBeGreaterThan(50);
    expect(sut.peakRssMb).toBeGreaterThan(10);
    expect(sut.baselineMode).toBe('text-fields');
    expect(sut.baselineRecordsPerSecond).toBeGreaterThan(0);
  });
});

describe(renderRow.name, () => {
  it('should align one row of the table', () => {
    const sut = renderRow({
      sourceType: 'okta',
      records: 1000,
      bytesPerRecord: 812.4,
      events: 1000,
      rejected: 0,
      seconds: 0.0123,
      eventsPerSecond: 81300.7,
      recordsPerSecond: 81300.7,
      baselineMode: 'json-lines',
      baselineRecordsPerSecond: 162601.4,
      peakRssMb: 140.2,
    });

    expect(sut).toBe(
      'okta                   1000       812      1000         0     0.01      81301        162601   0.50          140',
    );
  });
});
