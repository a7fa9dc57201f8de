import { describe, expect, it } from 'vitest';
import { POINT_LETTERS, headingLabel, partLabel, toPointLetter, toRoman } from './numbering';

describe('heading numbering', () => {
  it('writes Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40, 90, 400, 1994].map(toRoman)).toEqual([
      'I', 'II', 'III', 'IV', 'V', 'IX', 'X', 'XIV', 'XL', 'XC', 'CD', 'MCMXCIV',
    ]);
    expect(() => toRoman(0)).toThrow(RangeError);
  });

  it('uses the Vietnamese point letters: đ after d, no f, j, w, z', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(toPointLetter).join('')).toBe('abcdđeg');
    expect(POINT_LETTERS).toHaveLength(23);
    for (const missing of ['f', 'j', 'w', 'z']) expect(POINT_LETTERS).not.toContain(missing);
    expect(toPointLetter(23)).toBe('y');
    expect(toPointLetter(24)).toBe('aa');
  });

  it('formats labels by kind', () => {
    expect(headingLabel('roman', 3)).toBe('III.');
    expect(headingLabel('arabic', 12)).toBe('12.');
    expect(headingLabel('letter', 5)).toBe('đ)');
    expect(headingLabel('part', 2)).toBe('Phần II');
    expect(headingLabel('part', 2, 'words')).toBe('Phần thứ hai');
  });

  it('numbers parts in Roman numerals or in words', () => {
    expect([1, 4].map((n) => partLabel('roman', n))).toEqual(['Phần I', 'Phần IV']);
    expect([1, 4].map((n) => partLabel('words', n))).toEqual(['Phần thứ nhất', 'Phần thứ tư']);
  });
});
