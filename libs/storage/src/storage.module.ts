import { Module } from '@nestjs/common';

import { TARN_CONFIG } from '@tarn/config';
import type { TarnConfig } from '@tarn/config';

import { S3ObjectStoreDriver } from './drivers/s3-object-store.driver';
import { OBJECT_STORE } from './object-store.interface';
import type { ObjectStore } from './object-store.interface';
import { StorageHealthIndicator } from './storage-health.indicator';

/** Provides the `ObjectStore` chosen by configuration. S3 is the only driver today. */
@Module({
  providers: [
    {
      provide: OBJECT_STORE,
      inject: [TARN_CONFIG],
      useFactory: (config: TarnConfig): ObjectStore => new S3ObjectStoreDriver(config.s3),
    },
    StorageHealthIndicator,
  ],
  exports: [OBJECT_STORE, StorageHealthIndicator],
})
export class StorageModule {}
