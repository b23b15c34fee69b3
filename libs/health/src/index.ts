export * from './bearer-token';
export * from './health-http.server';
export * from './health.module';
export * from './readiness.service';
