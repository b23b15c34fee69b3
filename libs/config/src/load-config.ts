import { ConfigException, ConfigExceptionCode } from './config.exception';
import { ENV_VARIABLES } from './env-variables';
import type { EnvVariableName } from './env-variables';
import type { TarnConfig } from './tarn-config';

type RawEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * Validates the environment once, at boot, into a `TarnConfig`. Throws a `ConfigException`
 * listing every bad variable with what is expected, and never the values themselves.
 */
export function loadConfigOrThrow(environment: RawEnvironment = process.env): TarnConfig {
  const values = new Map<EnvVariableName, unknown>();
  const problems: string[] = [];

  for (const name of Object.keys(ENV_VARIABLES) as EnvVariableName[]) {
    const raw = environment[name];
    const result = ENV_VARIABLES[name].schema.safeParse(raw === '' ? undefined : raw);

    if (result.success) {
      values.set(name, result.data);
    } else {
      const detail = result.error.issues.map((issue) => issue.message).join('; ');

      problems.push(raw === undefined ? `${name}: is required` : `${name}: ${detail}`);
    }
  }
  if (problems.length > 0) {
    throw new ConfigException(
      ConfigExceptionCode.InvalidEnvironment,
      `Invalid configuration (${problems.length} variable${problems.length === 1 ? '' : 's'}):\n  ` +
        `${problems.join('\n  ')}\nSee "Configuration" in README.md; the local stack prints working values with \`npm run stack -- env\`.`,
      problems,
    );
  }

  return toConfig((name) => values.get(name));
}

function toConfig(get: (name: EnvVariableName) => unknown): TarnConfig {
  const text = (name: EnvVariableName) => get(name) as string;
  const optionalText = (name: EnvVariableName) => get(name) as string | undefined;
  const number = (name: EnvVariableName) => get(name) as number;

  return {
    env: get('TARN_ENV') as TarnConfig['env'],
    log: {
      level: get('TARN_LOG_LEVEL') as TarnConfig['log']['level'],
      format: get('TARN_LOG_FORMAT') as TarnConfig['log']['format'],
    },
    gateway: {
      host: text('TARN_GATEWAY_HOST'),
      port: number('TARN_GATEWAY_PORT'),
      adminToken: text('TARN_ADMIN_TOKEN'),
    },
    worker: {
      concurrency: number('TARN_WORKER_CONCURRENCY'),
      healthPort: number('TARN_WORKER_HEALTH_PORT'),
    },
    postgres: { url: text('TARN_POSTGRES_URL') },
    redis: { url: text('TARN_REDIS_URL') },
    s3: {
      endpoint: text('TARN_S3_ENDPOINT'),
      region: text('TARN_S3_REGION'),
      accessKey: text('TARN_S3_ACCESS_KEY'),
      secretKey: text('TARN_S3_SECRET_KEY'),
      buckets: {
        lake: text('TARN_S3_BUCKET_LAKE'),
        raw: text('TARN_S3_BUCKET_RAW'),
        deadLetter: text('TARN_S3_BUCKET_DEAD_LETTER'),
      },
    },
    trino: {
      url: text('TARN_TRINO_URL'),
      user: text('TARN_TRINO_USER'),
      password: text('TARN_TRINO_PASSWORD'),
      caFile: optionalText('TARN_TRINO_CA_FILE'),
      catalog: text('TARN_TRINO_CATALOG'),
    },
  };
}
