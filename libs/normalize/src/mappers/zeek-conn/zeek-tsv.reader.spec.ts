import { readZeekTsvRecords } from './zeek-tsv.reader';

const HEADER = [
  '#separator \\x09',
  '#set_separator\t,',
  '#empty_field\t(empty)',
  '#unset_field\t-',
  '#fields\tts\tname\tflag\tports\tnote',
  '#types\ttime\tstring\tbool\tset[port]\tstring',
].join('\n');

describe(readZeekTsvRecords.name, () => {
  const sut = readZeekTsvRecords;

  it('should type values by #types, drop unset ones and decode \\x escapes', () => {
    const [result] = [...sut(`${HEADER}\n1.5\ta\\x09b\tT\t80,443\t-\n`)];

    expect(result).toEqual({
      ok: true,
      value: { ts: 1.5, name: 'a\tb', flag: true, ports: ['80', '443'] },
      position: { index: 0, line: 7 },
      text: '1.5\ta\\x09b\tT\t80,443\t-',
    });
  });

  it('should read (empty) as an empty set and an empty string', () => {
    const [result] = [...sut(`${HEADER}\n2\t(empty)\tF\t(empty)\tx\n`)];

    expect(result).toMatchObject({ ok: true, value: { ts: 2, name: '', flag: false, ports: [] } });
  });

  it('should reject a line whose value count differs from #fields, and carry on', () => {
    const results = [...sut(`${HEADER}\n1\ta\n3\tb\tT\t22\tz\n`)];

    expect(results.map((result) => result.ok)).toEqual([false, true]);
    expect(results[0]).toMatchObject({
      ok: false,
      rejection: { reason: 'line has 2 values; #fields names 5', position: { index: 0, line: 7 } },
    });
  });

  it('should start over at a new header after #close', () => {
    const second = '#separator \\x09\n#fields\tother\n#types\tcount';
    const results = [...sut(`${HEADER}\n1\ta\tT\t1\tn\n#close\tx\n${second}\n7\n`)];

    expect(results[1]).toMatchObject({ ok: true, value: { other: 7 }, position: { index: 1 } });
  });
});
