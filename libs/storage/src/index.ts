export * from './drivers/s3-object-store.driver';
export * from './object-store.interface';
export * from './storage-health.indicator';
export * from './storage.exception';
export * from './storage.module';
