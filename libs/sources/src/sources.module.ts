import { Module } from '@nestjs/common';

import { MetadataModule } from '@tarn/metadata';

import { SourceService } from './source.service';

/** Provides `SourceService` over the metadata database. */
@Module({
  imports: [MetadataModule],
  providers: [SourceService],
  exports: [SourceService],
})
export class SourcesModule {}
