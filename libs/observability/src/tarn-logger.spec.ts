import { CorrelationContext } from './correlation-context';
import { TarnLogger } from './tarn-logger';

describe(TarnLogger.name, () => {
  it('should write one JSON line with app, context and correlation id when format is json', () => {
    const writes: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      writes.push(String(chunk));

      return true;
    });
    const sut = new TarnLogger({ app: 'tarn-gateway', level: 'log', format: 'json' });

    CorrelationContext.run('req-42', () => {
      sut.log('batch committed', 'IngestService');
    });
    spy.mockRestore();

    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0])).toMatchObject({
      level: 'log',
      message: 'batch committed',
      context: 'IngestService',
      app: 'tarn-gateway',
      correlation_id: 'req-42',
    });
  });

  it('should drop debug lines when the level is log', () => {
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const sut = new TarnLogger({ app: 'tarn-worker', level: 'log', format: 'json' });

    sut.debug('per-record detail');

    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
