export * from './batch.entity';
export * from './batch.repository';
