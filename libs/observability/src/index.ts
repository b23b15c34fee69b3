export * from './correlation-context';
export * from './log-field';
export * from './redact-url';
export * from './tarn-logger';
export type * from './health-indicator.interface';
