import { MAPPERS, UnknownSourceTypeError } from './mapper-registry';
import { normalize } from './normalize';
import { RejectionCode } from './rejection';
import type { MapResult } from './source-mapper.interface';

describe(normalize.name, () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('should delegate to the mapper of the source type with the options', () => {
    const results: MapResult[] = [
      {
        ok: false,
        rejection: { code: RejectionCode.MissingField, reason: 'x', position: { index: 0 } },
      },
    ];
    const map = jest.spyOn(MAPPERS.cloudtrail, 'map').mockReturnValue(results);

    const sut = [...normalize('cloudtrail', 'input', { timeZone: 'UTC' })];

    expect(map).toHaveBeenCalledWith('input', { timeZone: 'UTC' });
    expect(sut).toEqual(results);
  });

  it('should throw before reading input when the source type is unknown', () => {
    expect(() => normalize('nope', '')).toThrow(UnknownSourceTypeError);
  });

  it('should turn a mapper that throws mid-batch into a final rejection', () => {
    jest.spyOn(MAPPERS.vpcflow, 'map').mockImplementation(function* () {
      yield {
        ok: false,
        rejection: { code: RejectionCode.InvalidField, reason: 'r', position: { index: 4 } },
      };
      throw new Error('boom');
    });

    const sut = [...normalize('vpcflow', '')];

    expect(sut).toHaveLength(2);
    expect(sut[1]).toEqual({
      ok: false,
      rejection: {
        code: RejectionCode.MalformedRecord,
        reason: 'the vpcflow mapper stopped on an unexpected error: boom',
        position: { index: 5 },
      },
    });
  });
});
