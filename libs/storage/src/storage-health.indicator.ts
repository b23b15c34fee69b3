import { Inject, Injectable } from '@nestjs/common';

import { TARN_CONFIG } from '@tarn/config';
import type { TarnConfig } from '@tarn/config';
import type { HealthIndicator } from '@tarn/observability';

import { OBJECT_STORE } from './object-store.interface';
import type { ObjectStore } from './object-store.interface';

/** Ready when the store answers and every bucket Tarn writes to exists. */
@Injectable()
export class StorageHealthIndicator implements HealthIndicator {
  readonly component = 'object-store';

  constructor(
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    @Inject(TARN_CONFIG) private readonly config: TarnConfig,
  ) {}

  async check(): Promise<void> {
    const buckets = Object.values(this.config.s3.buckets);
    const exists = await Promise.all(buckets.map((bucket) => this.store.bucketExists(bucket)));
    const missing = buckets.filter((_, index) => !exists[index]);

    if (missing.length > 0) {
      throw new Error(`missing bucket(s): ${missing.join(', ')}`);
    }
  }
}
