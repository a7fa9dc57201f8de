import { describe, expect, it } from 'vitest';
import { numberWords, ordinalWords } from './vn-number-words';

describe('Vietnamese number words', () => {
  it('writes the ordinals of "Phần thứ …" as Vietnamese reports print them', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(ordinalWords)).toEqual([
      'thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'thứ tám', 'thứ chín', 'thứ mười',
    ]);
    expect([11, 14, 15, 20, 21, 24, 25].map(ordinalWords)).toEqual([
      'thứ mười một', 'thứ mười bốn', 'thứ mười lăm', 'thứ hai mươi', 'thứ hai mươi mốt', 'thứ hai mươi tư', 'thứ hai mươi lăm',
    ]);
  });

  it('writes hundreds and thousands with "linh" and "không trăm"', () => {
    expect(numberWords(0)).toBe('không');
    expect(numberWords(100)).toBe('một trăm');
    expect(numberWords(105)).toBe('một trăm linh năm');
    expect(numberWords(110)).toBe('một trăm mười');
    expect(numberWords(999)).toBe('chín trăm chín mươi chín');
    expect(numberWords(1005)).toBe('một nghìn không trăm linh năm');
    expect(numberWords(2024)).toBe('hai nghìn không trăm hai mươi tư');
    expect(numberWords(21_315)).toBe('hai mươi mốt nghìn ba trăm mười lăm');
  });

  it('refuses what has no words', () => {
    expect(() => ordinalWords(0)).toThrow(RangeError);
    expect(() => numberWords(1.5)).toThrow(RangeError);
    expect(() => numberWords(1_000_000)).toThrow(RangeError);
  });
});
