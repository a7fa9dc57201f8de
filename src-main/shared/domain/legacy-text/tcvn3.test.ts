import { describe, expect, it } from 'vitest';
import letters from './fixtures/letters.json';
import report from './fixtures/tcvn3-report.json';
import { VIETNAMESE_LETTERS } from './letters';
import { convertTcvn3, toTcvn3 } from './tcvn3';

const upper = (s: string) => s.toLocaleUpperCase('vi');
const withCode = letters.letters.filter((row): row is { letter: string; vni: string; tcvn3: string } => row.tcvn3 !== null);

describe('TCVN3 (VN3) table', () => {
  it('decodes every code of the public TCVN 5712 table to its letter', () => {
    expect(withCode).toHaveLength(67 + 7);
    for (const { letter, tcvn3 } of withCode) expect(`${tcvn3} → ${convertTcvn3(tcvn3, { capsFont: false })}`).toBe(`${tcvn3} → ${letter}`);
  });

  it('encodes every letter to the code of the public table', () => {
    for (const { letter, tcvn3 } of withCode) expect(toTcvn3(letter)).toBe(tcvn3);
  });

  it('round-trips all 134 letters: small ones and the 7 coded capitals in .VnTime, the other capitals in .VnTimeH', () => {
    const capitals = VIETNAMESE_LETTERS.map(upper);
    expect(new Set([...VIETNAMESE_LETTERS, ...capitals]).size).toBe(134);
    for (const letter of VIETNAMESE_LETTERS) expect(convertTcvn3(toTcvn3(letter), { capsFont: false })).toBe(letter);
    for (const capital of capitals) {
      expect(convertTcvn3(toTcvn3(capital, { capsFont: true }), { capsFont: true })).toBe(capital);
    }
    for (const capital of 'ĂÂÊÔƠƯĐ') expect(convertTcvn3(toTcvn3(capital), { capsFont: false })).toBe(capital);
  });

  it('reads lower-case codes as capitals in a capitals font', () => {
    expect(convertTcvn3('B¸o c¸o', { capsFont: true })).toBe('BÁO CÁO');
    expect(convertTcvn3('B¸o c¸o', { capsFont: false })).toBe('Báo cáo');
  });

  it('keeps characters that are not in the table, the tone-mark positions included', () => {
    expect(convertTcvn3('30°C ±2 ² ³ ´ 15/KH-UBND "x" – 2023')).toBe('30°C ±2 ² ³ ´ 15/KH-UBND "x" – 2023');
  });

  it('gives NFC output even from decomposed input', () => {
    const out = convertTcvn3('Néi'.normalize('NFD'));
    expect(out).toBe('Nội');
    expect(out.normalize('NFC')).toBe(out);
  });
});

describe('TCVN3 report fixtures', () => {
  it.each(report.cases.map((c) => [c.name, c] as const))('converts %s', (_name, c) => {
    const options = 'capsFont' in c && typeof c.capsFont === 'boolean' ? { capsFont: c.capsFont } : {};
    expect(convertTcvn3(c.legacy, options)).toBe(c.unicode);
  });

  it('tells capitals-font words from ordinary ones by their ASCII letters when not told', () => {
    for (const c of report.cases) expect(convertTcvn3(c.legacy)).toBe(c.unicode);
    expect(convertTcvn3('Bé Néi vô')).toBe('Bộ Nội vụ');
    expect(convertTcvn3('B¸O C¸O KÕT QU¶')).toBe('BÁO CÁO KẾT QUẢ');
    // A word with no ASCII letter of its own follows its neighbours; plain ASCII words decide nothing.
    expect(convertTcvn3('§µ N½NG')).toBe('ĐÀ NẴNG');
    expect(convertTcvn3('UBND Hµ Néi')).toBe('UBND Hà Nội');
  });

  it('encodes what it decodes', () => {
    for (const c of report.cases) {
      if ('capsFont' in c && typeof c.capsFont === 'boolean') expect(toTcvn3(c.unicode, { capsFont: c.capsFont })).toBe(c.legacy);
    }
  });
});
