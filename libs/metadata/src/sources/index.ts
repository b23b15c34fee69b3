export * from './source.entity';
export * from './source.repository';
