import { ConfigException } from './config.exception';
import { loadConfigOrThrow } from './load-config';

const validEnvironment = (overrides: Record<string, string | undefined> = {}) => ({
  TARN_ADMIN_TOKEN: 'a'.repeat(40),
  TARN_POSTGRES_URL: 'postgres://tarn:pg-secret@127.0.0.1:55432/tarn',
  TARN_REDIS_URL: 'redis://:redis-secret@127.0.0.1:56379',
  TARN_S3_ENDPOINT: 'http://127.0.0.1:57480',
  TARN_S3_ACCESS_KEY: 'access',
  TARN_S3_SECRET_KEY: 's3-secret-value',
  TARN_TRINO_URL: 'https://127.0.0.1:58443',
  TARN_TRINO_PASSWORD: 'trino-secret-value',
  ...overrides,
});

describe(loadConfigOrThrow.name, () => {
  it('should apply defaults when optional variables are absent', () => {
    const sut = loadConfigOrThrow(validEnvironment());

    expect(sut.gateway.port).toBe(58080);
    expect(sut.s3.buckets).toEqual({
      lake: 'tarn-lake',
      raw: 'tarn-raw',
      deadLetter: 'tarn-dead-letter',
    });
    expect(sut.trino.catalog).toBe('lake');
    expect(sut.trino.caFile).toBeUndefined();
  });

  it('should coerce numbers from text', () => {
    const sut = loadConfigOrThrow(validEnvironment({ TARN_GATEWAY_PORT: '9000' }));

    expect(sut.gateway.port).toBe(9000);
  });

  it('should list every bad variable by name when several are wrong', () => {
    const act = () =>
      loadConfigOrThrow(
        validEnvironment({ TARN_POSTGRES_URL: undefined, TARN_GATEWAY_PORT: '70000' }),
      );

    expect(act).toThrow(ConfigException);
    expect(act).toThrow(/TARN_POSTGRES_URL: is required/);
    expect(act).toThrow(/TARN_GATEWAY_PORT: /);
  });

  it('should never print secret values when a secret is malformed', () => {
    const secretUrl = 'mysql://root:hunter2-very-secret@db/tarn';
    let message = '';

    try {
      loadConfigOrThrow(validEnvironment({ TARN_POSTGRES_URL: secretUrl }));
    } catch (error) {
      message = (error as Error).message;
    }

    expect(message).toContain('TARN_POSTGRES_URL');
    expect(message).not.toContain('hunter2');
  });

  it('should refuse a plain-HTTP Trino URL because Trino authenticates only over TLS', () => {
    expect(() =>
      loadConfigOrThrow(validEnvironment({ TARN_TRINO_URL: 'http://127.0.0.1:8080' })),
    ).toThrow(/TARN_TRINO_URL: must start with https:\/\//);
  });
});
