export * from './create-source.request';
export * from './source-key.util';
export * from './source.exception';
export * from './source.service';
export type * from './source.types';
export * from './sources.module';
export * from './standalone-sources';
export * from './validate-source-input.util';
