import { z } from 'zod';

/** One environment variable Tarn reads: declared once, with everything needed to validate and document it. */
export interface EnvVariable {
  name: string;
  description: string;
  /** Secret values are never printed: not in errors, not in logs, not in `tarn config`. */
  secret: boolean;
  /** Human-readable default for the docs; the schema applies the real one. */
  defaultText?: string;
  schema: z.ZodType;
}

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((value) => protocols.some((protocol) => value.startsWith(`${protocol}://`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });
const nonEmpty = z.string().min(1);

/**
 * Every variable, in the order the README documents them. The only place in Tarn that knows
 * variable names; everything else receives the typed `TarnConfig`.
 */
export const ENV_VARIABLES = {
  TARN_ENV: {
    name: 'TARN_ENV',
    description: 'Deployment environment: `development`, `test` or `production`.',
    secret: false,
    defaultText: 'development',
    schema: z.enum(['development', 'test', 'production']).default('development'),
  },
  TARN_LOG_LEVEL: {
    name: 'TARN_LOG_LEVEL',
    description: 'Lowest log level written: `debug`, `log`, `warn` or `error`.',
    secret: false,
    defaultText: 'log',
    schema: z.enum(['debug', 'log', 'warn', 'error']).default('log'),
  },
  TARN_LOG_FORMAT: {
    name: 'TARN_LOG_FORMAT',
    description: '`json` (one object per line, for collectors) or `text` (for a terminal).',
    secret: false,
    defaultText: 'json',
    schema: z.enum(['json', 'text']).default('json'),
  },
  TARN_GATEWAY_HOST: {
    name: 'TARN_GATEWAY_HOST',
    description: 'Address the gateway listens on.',
    secret: false,
    defaultText: '127.0.0.1',
    schema: nonEmpty.default('127.0.0.1'),
  },
  TARN_GATEWAY_PORT: {
    name: 'TARN_GATEWAY_PORT',
    description: 'HTTP port of the gateway (ingest, admin API, console, health, metrics).',
    secret: false,
    defaultText: '58080',
    schema: port(58080),
  },
  TARN_ADMIN_TOKEN: {
    name: 'TARN_ADMIN_TOKEN',
    description:
      'Bootstrap admin bearer token (at least 32 characters) for the admin API and health details.',
    secret: true,
    schema: z.string().min(32, 'must be at least 32 characters'),
  },
  TARN_WORKER_CONCURRENCY: {
    name: 'TARN_WORKER_CONCURRENCY',
    description: 'Jobs one worker process runs at once.',
    secret: false,
    defaultText: '2',
    schema: z.coerce.number().int().min(1).max(64).default(2),
  },
  TARN_WORKER_HEALTH_PORT: {
    name: 'TARN_WORKER_HEALTH_PORT',
    description:
      "Port of the worker's authenticated `/livez` and `/readyz` endpoints (on `TARN_GATEWAY_HOST`).",
    secret: false,
    defaultText: '58081',
    schema: port(58081),
  },
  TARN_POSTGRES_URL: {
    name: 'TARN_POSTGRES_URL',
    description:
      'Postgres connection URL for metadata and the Iceberg JDBC catalog (`postgres://user:password@host:port/db`).',
    secret: true,
    schema: url(['postgres', 'postgresql']),
  },
  TARN_REDIS_URL: {
    name: 'TARN_REDIS_URL',
    description: 'Redis connection URL for the job queues (`redis://:password@host:port`).',
    secret: true,
    schema: url(['redis', 'rediss']),
  },
  TARN_S3_ENDPOINT: {
    name: 'TARN_S3_ENDPOINT',
    description: 'S3-compatible endpoint URL (Ceph RGW, MinIO or AWS S3).',
    secret: false,
    schema: url(['http', 'https']),
  },
  TARN_S3_REGION: {
    name: 'TARN_S3_REGION',
    description: 'S3 region name.',
    secret: false,
    defaultText: 'us-east-1',
    schema: nonEmpty.default('us-east-1'),
  },
  TARN_S3_ACCESS_KEY: {
    name: 'TARN_S3_ACCESS_KEY',
    description: 'S3 access key of the Tarn service user.',
    secret: true,
    schema: nonEmpty,
  },
  TARN_S3_SECRET_KEY: {
    name: 'TARN_S3_SECRET_KEY',
    description: 'S3 secret key of the Tarn service user.',
    secret: true,
    schema: nonEmpty,
  },
  TARN_S3_BUCKET_LAKE: {
    name: 'TARN_S3_BUCKET_LAKE',
    description: 'Bucket holding the Iceberg warehouse.',
    secret: false,
    defaultText: 'tarn-lake',
    schema: nonEmpty.default('tarn-lake'),
  },
  TARN_S3_BUCKET_RAW: {
    name: 'TARN_S3_BUCKET_RAW',
    description: 'Bucket holding raw batches exactly as received.',
    secret: false,
    defaultText: 'tarn-raw',
    schema: nonEmpty.default('tarn-raw'),
  },
  TARN_S3_BUCKET_DEAD_LETTER: {
    name: 'TARN_S3_BUCKET_DEAD_LETTER',
    description: 'Bucket holding records that could not be normalized, with their reasons.',
    secret: false,
    defaultText: 'tarn-dead-letter',
    schema: nonEmpty.default('tarn-dead-letter'),
  },
  TARN_TRINO_URL: {
    name: 'TARN_TRINO_URL',
    description: 'Trino coordinator URL; must be HTTPS because Trino only authenticates over TLS.',
    secret: false,
    schema: url(['https']),
  },
  TARN_TRINO_USER: {
    name: 'TARN_TRINO_USER',
    description: "Trino user of Tarn's own service account.",
    secret: false,
    defaultText: 'tarn',
    schema: nonEmpty.default('tarn'),
  },
  TARN_TRINO_PASSWORD: {
    name: 'TARN_TRINO_PASSWORD',
    description: "Password of Tarn's Trino service account.",
    secret: true,
    schema: nonEmpty,
  },
  TARN_TRINO_CA_FILE: {
    name: 'TARN_TRINO_CA_FILE',
    description:
      "PEM file with the CA that signed Trino's certificate, when it is not a public CA (the local stack generates one).",
    secret: false,
    defaultText: '(system CAs)',
    schema: nonEmpty.optional(),
  },
  TARN_TRINO_CATALOG: {
    name: 'TARN_TRINO_CATALOG',
    description: 'Trino catalog of the lake (Iceberg connector).',
    secret: false,
    defaultText: 'lake',
    schema: nonEmpty.default('lake'),
  },
} satisfies Record<string, EnvVariable>;

export type EnvVariableName = keyof typeof ENV_VARIABLES;
