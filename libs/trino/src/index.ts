export * from './sql-quote';
export * from './trino-client';
export * from './trino-health.indicator';
export * from './trino.exception';
export * from './trino.module';
