import { MappingError } from '../../util/mapping.error';
import { SyslogScanner } from './syslog-scanner';

describe(SyslogScanner.name, () => {
  describe('readToken', () => {
    it('should stop before the next space and leave it unread', () => {
      const sut = new SyslogScanner('host app');

      expect(sut.readToken()).toBe('host');
      expect(sut.peek()).toBe(0x20);
    });

    it('should read to the end when no space follows', () => {
      const sut = new SyslogScanner('last');

      expect(sut.readToken()).toBe('last');
      expect(sut.atEnd).toBe(true);
    });
  });

  describe('readDigitsOrThrow', () => {
    it('should read no more than the maximum number of digits', () => {
      const sut = new SyslogScanner('20245');

      expect(sut.readDigitsOrThrow(4, 4, 'year')).toBe(2024);
      expect(sut.position).toBe(4);
    });

    it('should throw a MappingError naming the field when too few digits follow', () => {
      const sut = new SyslogScanner('7x');

      expect(() => sut.readDigitsOrThrow(2, 2, 'timestamp hour')).toThrow(MappingError);
      expect(() => new SyslogScanner('7x').readDigitsOrThrow(2, 2, 'timestamp hour')).toThrow(
        "timestamp hour needs 2 digits at column 1, found '7x'",
      );
    });
  });

  describe('tryConsume', () => {
    it('should consume only when the text matches', () => {
      const sut = new SyslogScanner('<13>');

      expect(sut.tryConsume('>')).toBe(false);
      expect(sut.tryConsume('<')).toBe(true);
      expect(sut.position).toBe(1);
    });
  });

  describe('quote', () => {
    it('should shorten long text and name the end of the line', () => {
      const sut = new SyslogScanner('x'.repeat(40));

      expect(sut.quote()).toBe(`'${'x'.repeat(32)}…'`);
      sut.readRest();
      expect(sut.quote()).toBe('the end of the line');
    });
  });
});
