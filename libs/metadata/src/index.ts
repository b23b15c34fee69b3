export * from './data-source-options';
export * from './metadata.module';
export * from './migration.service';
export * from './migrations';
export * from './postgres-health.indicator';
export * from './sources';
export * from './standalone-metadata';
export * from './standalone-migrations';
