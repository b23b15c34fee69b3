import { CreateIcebergJdbcCatalog1764780000000 } from './1764780000000-create-iceberg-jdbc-catalog.migration';

/** Every migration, oldest first. Migrations are never edited once merged; add a new one instead. */
export const MIGRATIONS = [CreateIcebergJdbcCatalog1764780000000];
