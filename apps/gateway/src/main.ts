import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { ConfigException, TARN_VERSION, loadConfigOrThrow } from '@tarn/config';
import { MigrationService } from '@tarn/metadata';
import { TarnLogger } from '@tarn/observability';

import { createGatewayApp } from './create-gateway-app';

const APP_NAME = 'tarn-gateway';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrThrow();
  const logger = new TarnLogger({
    app: APP_NAME,
    level: config.log.level,
    format: config.log.format,
  });
  const app = await createGatewayApp(config, logger);

  await app.get(MigrationService).migrate();
  await app.listen(config.gateway.port, config.gateway.host);
  new Logger('Bootstrap').log(
    `${APP_NAME} ${TARN_VERSION} (${config.env}) listening on http://${config.gateway.host}:${config.gateway.port}; ` +
      `trino ${config.trino.url} catalog ${config.trino.catalog}; s3 ${config.s3.endpoint}`,
  );
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigException) {
    process.stderr.write(`${APP_NAME}: ${error.message}\n`);
  } else {
    process.stderr.write(
      `${APP_NAME}: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
