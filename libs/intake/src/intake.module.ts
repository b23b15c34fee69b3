import { Module } from '@nestjs/common';

import { MetadataModule } from '@tarn/metadata';
import { QueueModule } from '@tarn/queue';
import { StorageModule } from '@tarn/storage';

import { IntakeService } from './intake.service';

/** Provides `IntakeService` over the object store, the metadata database and the ingest queue. */
@Module({
  imports: [MetadataModule, QueueModule, StorageModule],
  providers: [IntakeService],
  exports: [IntakeService],
})
export class IntakeModule {}
