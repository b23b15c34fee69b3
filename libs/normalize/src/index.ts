export * from './source-type';
export * from './rejection';
export * from './source-mapper.interface';
export * from './util/mapping.error';
export * from './util/map-records.util';
export * from './util/read-json-records.util';
export * from './util/read-lines.util';
export * from './util/rejection.util';
