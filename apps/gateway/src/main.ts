import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { TARN_VERSION, exitOnBootFailure, loadConfigOrThrow } from '@tarn/config';
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

bootstrap().catch(exitOnBootFailure(APP_NAME));
