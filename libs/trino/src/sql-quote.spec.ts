import { sqlIdentifier, sqlLiteral, sqlQualifiedName } from './sql-quote';

describe('sql quoting', () => {
  it('should double embedded quotes in identifiers so a name cannot close its quotes', () => {
    expect(sqlIdentifier('a"; DROP TABLE x; --')).toBe('"a""; DROP TABLE x; --"');
  });

  it('should quote each part of a qualified name', () => {
    expect(sqlQualifiedName('lake', 'ocsf', 'dns_activity')).toBe('"lake"."ocsf"."dns_activity"');
  });

  it('should double embedded single quotes in string literals', () => {
    expect(sqlLiteral("O'Brien' OR '1'='1")).toBe("'O''Brien'' OR ''1''=''1'");
  });

  it('should write numbers, booleans and null as bare literals', () => {
    expect([sqlLiteral(42), sqlLiteral(true), sqlLiteral(null)]).toEqual(['42', 'TRUE', 'NULL']);
  });

  it('should refuse values that have no safe literal', () => {
    expect(() => sqlLiteral(Number.NaN)).toThrow(/NaN/);
    expect(() => sqlIdentifier('')).toThrow(/non-empty/);
    expect(() => sqlLiteral('a\u0000b')).toThrow(/NUL/);
  });
});
