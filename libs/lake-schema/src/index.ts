export type * from './lake-column.types';
export * from './generated/lake-columns.generated';
export * from './lake-schema.exception';
export * from './lake-tables';
export * from './fit-event-to-lake-table';
