import { CreateIcebergJdbcCatalog1764780000000 } from './1764780000000-create-iceberg-jdbc-catalog.migration';
import { CreateSources1796322930404 } from './1796322930404-create-sources.migration';
import { CreateBatches1796324000000 } from './1796324000000-create-batches.migration';

/** Every migration, oldest first. Migrations are never edited once merged; add a new one instead. */
export const MIGRATIONS = [
  CreateIcebergJdbcCatalog1764780000000,
  CreateSources1796322930404,
  CreateBatches1796324000000,
];
