import { MAPPERS } from '../../mapper-registry';
import { SOURCE_TYPES } from '../../source-type';
import { validateOcsfEvent } from '../ocsf-validator';
import { findSharedDirOrSkip } from '../shared-dir';
import { GENERATORS } from './index';

const sharedDir = findSharedDirOrSkip();
const COUNT = 200;

describe('GENERATORS', () => {
  describe.each(SOURCE_TYPES.map((type) => [type]))('%s', (sourceType) => {
    const sut = GENERATORS[sourceType];

    it('should generate the same text for the same seed and another for another seed', () => {
      expect(sut.generate(20, 7)).toBe(sut.generate(20, 7));
      expect(sut.generate(20, 7)).not.toBe(sut.generate(20, 8));
    });

    it('should generate input its mapper turns into valid events without rejections', () => {
      const results = [...MAPPERS[sourceType].map(sut.generate(COUNT, 1), {})];
      const rejections = results.flatMap((result) => (result.ok ? [] : [result.rejection]));
      const events = results.flatMap((result) => (result.ok ? [result.event] : []));

      expect(rejections.slice(0, 3)).toEqual([]);
      expect(events.length).toBeGreaterThanOrEqual(COUNT);
      if (sharedDir !== undefined) {
        expect(
          events
            .slice(0, 40)
            .flatMap((event) => validateOcsfEvent(event))
            .slice(0, 5),
        ).toEqual([]);
      }
    });
  });
});
