import type { SourceType } from '@tarn/normalize';

/** A source as callers see it: never its key, nor the key's hash. */
export interface Source {
  id: string;
  name: string;
  type: SourceType;
  region: string | null;
  accountId: string | null;
  enabled: boolean;
  ocsfVersion: string;
  /** The first characters of the key after `tarn_src_`, to tell keys apart in lists. */
  keyPrefix: string;
  expectedIntervalSeconds: number | null;
  createdAt: string;
  updatedAt: string;
  disabledAt: string | null;
}

export interface CreateSourceInput {
  name: string;
  type: string;
  region?: string;
  accountId?: string;
}

/** The result of creating a source: the only moment its key is known outside the client. */
export interface CreatedSource {
  source: Source;
  key: string;
}
