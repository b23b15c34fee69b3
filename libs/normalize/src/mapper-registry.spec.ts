import { findMapper, getMapperOrThrow, MAPPERS, UnknownSourceTypeError } from './mapper-registry';
import { SOURCE_TYPES } from './source-type';

describe('MAPPERS', () => {
  it.each(SOURCE_TYPES.map((type) => [type]))(
    'should register a 1.1.0 mapper that knows it handles %s',
    (type) => {
      const sut = MAPPERS[type];

      expect(sut.sourceType).toBe(type);
      expect(sut.ocsfVersion).toBe('1.1.0');
      expect(sut.description.length).toBeGreaterThan(0);
    },
  );
});

describe(findMapper.name, () => {
  it('should return undefined when the name is not a source type', () => {
    expect(findMapper('cloudtrail')).toBe(MAPPERS.cloudtrail);
    expect(findMapper('toString')).toBeUndefined();
    expect(findMapper('nope')).toBeUndefined();
  });
});

describe(getMapperOrThrow.name, () => {
  it('should throw listing the valid source types when the name is unknown', () => {
    expect(() => getMapperOrThrow('cloud-trail')).toThrow(UnknownSourceTypeError);
    expect(() => getMapperOrThrow('cloud-trail')).toThrow(
      /unknown source type "cloud-trail"; expected one of: cloudtrail, vpcflow, .*, ocsf$/,
    );
  });
});
