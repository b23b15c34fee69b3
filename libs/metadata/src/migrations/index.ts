import { CreateIcebergJdbcCatalog1764780000000 } from './1764780000000-create-iceberg-jdbc-catalog.migration';
import { CreateSources1796322930404 } from './1796322930404-create-sources.migration';

/** Every migration, oldest first. Migrations are never edited once merged; add a new one instead. */
export const MIGRATIONS = [CreateIcebergJdbcCatalog1764780000000, CreateSources1796322930404];
