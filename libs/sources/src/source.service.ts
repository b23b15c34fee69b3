import { Injectable, Logger } from '@nestjs/common';

import { SourceRepository } from '@tarn/metadata';
import type { SourceEntity } from '@tarn/metadata';
import type { SourceType } from '@tarn/normalize';

import { generateSourceKey, hashSourceKey, isSourceKeyShaped } from './source-key.util';
import { SourceException, SourceExceptionCode } from './source.exception';
import type { CreateSourceInput, CreatedSource, Source } from './source.types';
import { validateCreateSourceInputOrThrow } from './validate-source-input.util';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Sources and their ingest keys. A key is generated here, handed out once and stored only as
 * its hash; nothing in this class logs or returns it afterwards.
 */
@Injectable()
export class SourceService {
  private readonly logger = new Logger(SourceService.name);

  constructor(private readonly repository: SourceRepository) {}

  async createOrThrow(input: CreateSourceInput): Promise<CreatedSource> {
    const valid = validateCreateSourceInputOrThrow(input);
    const generated = generateSourceKey();

    const row = await this.repository.create({
      ...valid,
      keyPrefix: generated.prefix,
      keyHash: generated.hash,
    });

    if (row === undefined) {
      throw new SourceException(
        SourceExceptionCode.NameTaken,
        `a source named ${JSON.stringify(valid.name)} already exists (names are compared ` +
          'regardless of case); choose another name, or list sources to find the existing one',
      );
    }
    this.logger.log(`created source ${row.id} (${row.type}) ${JSON.stringify(row.name)}`);

    return { source: toSource(row), key: generated.key };
  }

  async list(): Promise<Source[]> {
    return (await this.repository.list()).map(toSource);
  }

  async findById(id: string): Promise<Source | undefined> {
    const row = UUID_PATTERN.test(id) ? await this.repository.findById(id) : undefined;

    return row === undefined ? undefined : toSource(row);
  }

  async getByIdOrThrow(id: string): Promise<Source> {
    return (await this.findById(id)) ?? throwNotFound(id);
  }

  /**
   * The enabled source holding this key, or undefined: an unknown key, a malformed one and the
   * key of a disabled source are indistinguishable to the caller, so a client cannot probe
   * which keys exist.
   */
  async authenticate(key: string): Promise<Source | undefined> {
    if (!isSourceKeyShaped(key)) {
      return undefined;
    }
    const row = await this.repository.findByKeyHash(hashSourceKey(key));

    return row?.enabled === true ? toSource(row) : undefined;
  }

  async disableOrThrow(id: string): Promise<Source> {
    return this.setEnabledOrThrow(id, false);
  }

  async enableOrThrow(id: string): Promise<Source> {
    return this.setEnabledOrThrow(id, true);
  }

  private async setEnabledOrThrow(id: string, enabled: boolean): Promise<Source> {
    const row = UUID_PATTERN.test(id) ? await this.repository.setEnabled(id, enabled) : undefined;

    if (row === undefined) {
      return throwNotFound(id);
    }
    this.logger.log(`${enabled ? 'enabled' : 'disabled'} source ${row.id}`);

    return toSource(row);
  }
}

function throwNotFound(id: string): never {
  const why = UUID_PATTERN.test(id) ? '' : ' (source ids are UUIDs)';

  throw new SourceException(
    SourceExceptionCode.NotFound,
    `no source with id ${JSON.stringify(id.slice(0, 64))}${why}; list sources to find its id`,
  );
}

function toSource(row: SourceEntity): Source {
  return {
    id: row.id,
    name: row.name,
    type: row.type as SourceType,
    region: row.region,
    accountId: row.accountId,
    enabled: row.enabled,
    ocsfVersion: row.ocsfVersion,
    keyPrefix: row.keyPrefix,
    expectedIntervalSeconds: row.expectedIntervalSeconds,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    disabledAt: row.disabledAt === null ? null : row.disabledAt.toISOString(),
  };
}
