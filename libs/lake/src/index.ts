export * from './lake-table-ddl';
export * from './lake-table.service';
export * from './lake.exception';
export * from './lake.module';
