import type { SourceType } from '../../source-type';

/** Synthetic raw input of one source type, in the shape the source delivers batches. */
export interface SourceGenerator {
  readonly sourceType: SourceType;
  /** `count` records from `seed`: the same arguments always give the same text. */
  generate(count: number, seed: number): string;
}
