import { Injectable, Logger } from '@nestjs/common';

import type { TarnConfig } from '@tarn/config';
import { lakeTableForClassOrThrow } from '@tarn/lake-schema';
import type { LakeTable } from '@tarn/lake-schema';
import { TrinoClient, TrinoException } from '@tarn/trino';

import { buildCreateNamespaceSql, buildCreateTableSql } from './lake-table-ddl';
import { LakeException, LakeExceptionCode } from './lake.exception';

/** Namespace of the OCSF tables in the lake catalog. */
export const LAKE_OCSF_NAMESPACE = 'ocsf';

export interface LakeTableOptions {
  /** Trino catalog of the Iceberg lake (`lake`). */
  catalog: string;
  /** Namespace (Trino schema) of the tables; `ocsf` outside tests. */
  namespace: string;
  /** Root of the warehouse, e.g. `s3://tarn-lake/warehouse`; the namespace lives below it. */
  warehouseLocation: string;
}

export const lakeTableOptionsFrom = (config: TarnConfig): LakeTableOptions => ({
  catalog: config.trino.catalog,
  namespace: LAKE_OCSF_NAMESPACE,
  warehouseLocation: `s3://${config.s3.buckets.lake}/warehouse`,
});

/**
 * Creates the lake namespace and its tables through Trino on first use. What exists is
 * remembered for the life of the process, so the ingest hot path issues DDL once per table,
 * not per batch; concurrent first calls for one table share a single statement.
 */
@Injectable()
export class LakeTableService {
  private readonly logger = new Logger(LakeTableService.name);
  private namespaceReady?: Promise<void>;
  private readonly tablesReady = new Map<string, Promise<LakeTable>>();

  constructor(
    private readonly trino: TrinoClient,
    private readonly options: LakeTableOptions,
  ) {}

  get namespaceLocation(): string {
    return `${this.options.warehouseLocation}/${this.options.namespace}`;
  }

  tableLocation(table: LakeTable): string {
    return `${this.namespaceLocation}/${table.name}`;
  }

  async ensureNamespace(): Promise<void> {
    this.namespaceReady ??= this.runDdl(
      buildCreateNamespaceSql({ ...this.options, location: this.namespaceLocation }),
      `namespace ${this.options.catalog}.${this.options.namespace}`,
    ).catch((error: unknown) => {
      this.namespaceReady = undefined;
      throw error;
    });

    return this.namespaceReady;
  }

  /** The table that holds events of this class, created (with its namespace) if missing. */
  async ensureTable(classUid: number): Promise<LakeTable> {
    const table = this.tableForClassOrThrow(classUid);
    let ready = this.tablesReady.get(table.name);

    if (ready === undefined) {
      ready = this.createTable(table).catch((error: unknown) => {
        this.tablesReady.delete(table.name);
        throw error;
      });
      this.tablesReady.set(table.name, ready);
    }

    return ready;
  }

  private async createTable(table: LakeTable): Promise<LakeTable> {
    await this.ensureNamespace();
    await this.runDdl(
      buildCreateTableSql({ ...this.options, table, location: this.tableLocation(table) }),
      `table ${this.options.catalog}.${this.options.namespace}.${table.name}`,
    );

    return table;
  }

  private tableForClassOrThrow(classUid: number): LakeTable {
    try {
      return lakeTableForClassOrThrow(classUid);
    } catch (error) {
      throw new LakeException(LakeExceptionCode.UnknownTable, (error as Error).message, false, {
        cause: error,
      });
    }
  }

  private async runDdl(sql: string, what: string): Promise<void> {
    const started = Date.now();

    try {
      await this.trino.query(sql);
    } catch (error) {
      throw new LakeException(
        LakeExceptionCode.DdlFailed,
        `could not create ${what} through Trino: ${(error as Error).message}; ` +
          'check that Trino is up and its lake catalog can write to the warehouse bucket',
        error instanceof TrinoException && error.retryable,
        { cause: error },
      );
    }
    this.logger.log(`ensured ${what} in ${Date.now() - started} ms`);
  }
}
