import { redisConnectionFromUrl } from './redis-connection';

describe(redisConnectionFromUrl.name, () => {
  it('should read host, port, password and database when all are given', () => {
    expect(redisConnectionFromUrl('redis://:p%40ss@127.0.0.1:56379/3')).toMatchObject({
      host: '127.0.0.1',
      port: 56379,
      password: 'p@ss',
      db: 3,
      tls: undefined,
      maxRetriesPerRequest: null,
    });
  });

  it('should use TLS and the default port when the URL is rediss without a port', () => {
    expect(redisConnectionFromUrl('rediss://redis.internal')).toMatchObject({
      host: 'redis.internal',
      port: 6379,
      tls: {},
    });
  });
});
