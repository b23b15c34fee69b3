import { ConfigException, ConfigExceptionCode } from './config.exception';
import { exitOnBootFailure } from './exit-on-boot-failure';

describe(exitOnBootFailure.name, () => {
  const capture = () => {
    const written: string[] = [];
    const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));

      return true;
    });
    const exitCodes: unknown[] = [];
    const exit = jest.spyOn(process, 'exit').mockImplementation((code) => {
      exitCodes.push(code);

      return undefined as never;
    });

    const restore = () => {
      write.mockRestore();
      exit.mockRestore();
    };

    return { written, exitCodes, restore };
  };

  it('should print only the message and exit 1 when the configuration is invalid', () => {
    const { written, exitCodes, restore } = capture();
    const sut = exitOnBootFailure('tarn-gateway');

    sut(new ConfigException(ConfigExceptionCode.InvalidEnvironment, 'TARN_REDIS_URL: is required'));
    restore();

    expect(written).toEqual(['tarn-gateway: TARN_REDIS_URL: is required\n']);
    expect(exitCodes).toEqual([1]);
  });

  it('should print the stack when anything else stops the boot', () => {
    const { written, restore } = capture();

    exitOnBootFailure('tarn-worker')(new Error('connect ECONNREFUSED 127.0.0.1:55432'));
    restore();

    expect(written[0]).toMatch(/^tarn-worker: failed to start: Error: connect ECONNREFUSED/);
  });
});
