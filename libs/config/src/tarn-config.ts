/** Tarn's validated configuration: the only shape the rest of the code sees. */
export interface TarnConfig {
  env: 'development' | 'test' | 'production';
  log: { level: 'debug' | 'log' | 'warn' | 'error'; format: 'json' | 'text' };
  gateway: { host: string; port: number; adminToken: string };
  worker: { concurrency: number; healthPort: number };
  postgres: { url: string };
  redis: { url: string };
  s3: {
    endpoint: string;
    region: string;
    accessKey: string;
    secretKey: string;
    buckets: { lake: string; raw: string; deadLetter: string };
  };
  trino: { url: string; user: string; password: string; caFile?: string; catalog: string };
}
