export * from './config.exception';
export * from './config.module';
export * from './describe-config';
export * from './env-variables';
export * from './load-config';
export type * from './tarn-config';
export * from './version';
export * from './exit-on-boot-failure';
