import { describe, expect, it } from 'vitest';
import letters from './fixtures/letters.json';
import report from './fixtures/vni-report.json';
import { VIETNAMESE_LETTERS } from './letters';
import { convertVni, toVni } from './vni';

describe('VNI-Windows table', () => {
  it('decodes all 134 spellings of the public VNI table to their letters', () => {
    expect(letters.letters).toHaveLength(134);
    for (const { letter, vni } of letters.letters) expect(`${vni} → ${convertVni(vni)}`).toBe(`${vni} → ${letter}`);
  });

  it('encodes all 134 letters to the spelling of the public table', () => {
    for (const { letter, vni } of letters.letters) expect(toVni(letter)).toBe(vni);
  });

  it('round-trips all 134 letters, alone and inside words', () => {
    for (const small of VIETNAMESE_LETTERS) {
      for (const letter of [small, small.toLocaleUpperCase('vi')]) {
        expect(convertVni(toVni(letter))).toBe(letter);
        expect(convertVni(toVni(`Kh${letter}nh`))).toBe(`Kh${letter}nh`);
      }
    }
  });

  it('reads a capital base with a small accent byte as the capital letter', () => {
    expect(convertVni('Uûy ban')).toBe('Ủy ban');
  });

  it('keeps characters that are not part of a letter', () => {
    expect(convertVni('15/KH-UBND, 30°C; "x" – 2023')).toBe('15/KH-UBND, 30°C; "x" – 2023');
  });
});

describe('VNI report fixtures', () => {
  it.each(report.cases.map((c) => [c.name, c] as const))('converts %s', (_name, c) => {
    expect(convertVni(c.legacy)).toBe(c.unicode);
    expect(toVni(c.unicode)).toBe(c.legacy);
  });
});
