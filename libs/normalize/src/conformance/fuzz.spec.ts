import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';

import { MAPPERS } from '../mapper-registry';
import { RejectionCode } from '../rejection';
import type { MapResult, NormalizeOptions, SourceMapper } from '../source-mapper.interface';
import { SOURCE_TYPES, type SourceType } from '../source-type';

/** Per mapper and property; 16 mappers × 4 properties must stay quick on a 2-core machine. */
const RUNS = 200;
const SEED = 20240630;
const REJECTION_CODES = new Set<string>(Object.values(RejectionCode));
const OPTIONS: NormalizeOptions = { timeZone: 'UTC', now: new Date('2024-06-30T00:00:00Z') };
const MAPPERS_DIR = join(__dirname, '..', 'mappers');

/** The mapper's own golden inputs are realistic seeds to mutate; a generic line otherwise. */
function seedInputsOf(sourceType: SourceType): string[] {
  const dir = join(MAPPERS_DIR, sourceType, '__golden__');
  let files: string[] = [];

  try {
    files = readdirSync(dir).filter((file) => file.includes('.input.'));
  } catch {
    // No golden cases yet: the generic seeds below still exercise the parser.
  }
  const seeds = files.sort().map((file) => readFileSync(join(dir, file), 'utf8'));

  return seeds.length > 0 ? seeds : ['{"time":"2024-01-01T00:00:00Z","a":1}\n', 'x y z\n'];
}

/**
 * What is wrong with a result, if anything: an event must be well-shaped, a rejection must
 * carry a known code, a reason and a position. Plain checks rather than `expect`: this runs
 * for every result of thousands of inputs.
 */
function problemOf(result: MapResult): string | undefined {
  if (result.ok) {
    const event = result.event;

    if (!Number.isInteger(event.class_uid) || !Number.isInteger(event.activity_id)) {
      return 'event without integer class_uid/activity_id';
    }
    if (event.type_uid !== event.class_uid * 100 + event.activity_id) {
      return `event type_uid ${event.type_uid} does not match class and activity`;
    }
    if (!Number.isFinite(event.time) || typeof event.time_dt !== 'string') {
      return 'event without finite time and time_dt (was finalizeEvent called?)';
    }
    if (event.metadata.version !== '1.1.0') {
      return `event metadata.version ${event.metadata.version}`;
    }
    // Must survive serialisation: no cycles, no BigInt.
    JSON.stringify(event);

    return undefined;
  }
  const { code, reason, position } = result.rejection;

  if (!REJECTION_CODES.has(code) || reason.length === 0) {
    return `rejection with code ${code} and reason ${JSON.stringify(reason)}`;
  }

  return Number.isInteger(position.index) && position.index >= 0
    ? undefined
    : `rejection with position ${JSON.stringify(position)}`;
}

/** Throws (failing the property, with fast-check's shrunk counterexample) on a bad result. */
function mapAll(mapper: SourceMapper, input: string): void {
  for (const result of mapper.map(input, OPTIONS)) {
    const problem = problemOf(result);

    if (problem !== undefined) {
      throw new Error(problem);
    }
  }
}

const mutation = (seeds: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    // Truncate at any point (cut records, half-written JSON).
    fc
      .tuple(fc.constantFrom(...seeds), fc.nat())
      .map(([seed, at]) => seed.slice(0, at % (seed.length + 1))),
    // Replace characters with random ones, including control characters.
    fc
      .tuple(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 0xffff })), { maxLength: 8 }),
      )
      .map(([seed, flips]) => flipChars(seed, flips)),
    // Lone UTF-16 surrogates, which are not valid Unicode.
    fc
      .tuple(
        fc.constantFrom(...seeds),
        fc.nat(),
        fc.constantFrom('\uD800', '\uDFFF', '\uDBFF\u0041'),
      )
      .map(([seed, at, surrogate]) => insertAt(seed, at, surrogate)),
    // Deep nesting, inside a record and as the whole input.
    fc
      .tuple(
        fc.constantFrom(...seeds),
        fc.integer({ min: 50, max: 5000 }),
        fc.constantFrom('[', '{"a":'),
      )
      .map(
        ([seed, depth, open]) => `${open.repeat(depth)}1${closerOf(open).repeat(depth)}\n${seed}`,
      ),
    // Duplicated records and lines.
    fc.constantFrom(...seeds).map((seed) => `${seed}\n${seed}`),
  );

function flipChars(seed: string, flips: [number, number][]): string {
  const chars = seed.split('');

  for (const [at, code] of flips) {
    if (chars.length > 0) {
      chars[at % chars.length] = String.fromCharCode(code);
    }
  }

  return chars.join('');
}

function insertAt(seed: string, at: number, text: string): string {
  const index = at % (seed.length + 1);

  return `${seed.slice(0, index)}${text}${seed.slice(index)}`;
}

const closerOf = (open: string): string => (open === '[' ? ']' : '}');

describe('mapper fuzzing', () => {
  describe.each(SOURCE_TYPES.map((type) => [type]))('%s', (sourceType) => {
    const sut = MAPPERS[sourceType];
    const seeds = seedInputsOf(sourceType);
    const params = { numRuns: RUNS, seed: SEED };

    it('should never throw on random strings', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
          mapAll(sut, input);
        }),
        params,
      );
    });

    it('should never throw on random JSON values, whole or as lines', () => {
      fc.assert(
        fc.property(
          fc.array(fc.jsonValue({ maxDepth: 6 }), { maxLength: 5 }),
          fc.boolean(),
          (values, asLines) => {
            const input = asLines
              ? values.map((value) => JSON.stringify(value)).join('\n')
              : JSON.stringify(values);

            mapAll(sut, input);
          },
        ),
        params,
      );
    });

    it('should never throw on mutated realistic inputs', () => {
      fc.assert(
        fc.property(mutation(seeds), (input) => {
          mapAll(sut, input);
        }),
        params,
      );
    });

    it('should reject or map a huge line without throwing', () => {
      const huge = `${'a'.repeat(5 * 1024 * 1024)}\n${seeds[0]}`;

      mapAll(sut, huge);
      mapAll(sut, `{"k":"${'b'.repeat(5 * 1024 * 1024)}"}`);
    });
  });
});
