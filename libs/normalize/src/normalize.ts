import { getMapperOrThrow } from './mapper-registry';
import { RejectionCode } from './rejection';
import type { MapResult, NormalizeOptions } from './source-mapper.interface';
import { buildRejection } from './util/rejection.util';

/**
 * Maps a raw batch of one source type to OCSF events and rejections. Throws only for an
 * unknown source type (`UnknownSourceTypeError`), before reading any input. Mappers promise
 * not to throw; should one break that promise mid-batch, the failure becomes a final
 * rejection instead of losing the results already produced.
 */
export function normalize(
  sourceType: string,
  input: string,
  options: NormalizeOptions = {},
): Iterable<MapResult> {
  const mapper = getMapperOrThrow(sourceType);

  return guardMapper(mapper.map(input, options), sourceType);
}

function* guardMapper(results: Iterable<MapResult>, sourceType: string): Generator<MapResult> {
  let lastIndex = -1;

  try {
    for (const result of results) {
      if (!result.ok) {
        lastIndex = result.rejection.position.index;
      }
      yield result;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);

    yield {
      ok: false,
      rejection: buildRejection(
        RejectionCode.MalformedRecord,
        `the ${sourceType} mapper stopped on an unexpected error: ${message}`,
        { index: lastIndex + 1 },
      ),
    };
  }
}
