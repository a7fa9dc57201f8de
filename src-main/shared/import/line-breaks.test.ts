import { describe, expect, it } from 'vitest';
import { balancedLines } from '../layout/text-width';
import { chosenBreaks } from './line-breaks';

const balance = (text: string) => balancedLines(text, 13, 'bold', 3300);

describe('chosenBreaks', () => {
  it('keeps no break the layout would make itself', () => {
    const lines = balance('SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH QUẢNG TRỊ');
    expect(lines.length).toBeGreaterThan(1);
    expect(chosenBreaks(lines, balance)).toBe('SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH QUẢNG TRỊ');
  });

  it('keeps a break the author chose where the layout would not break', () => {
    expect(chosenBreaks(['ỦY BAN NHÂN DÂN', 'XÃ A'], balance)).toBe('ỦY BAN NHÂN DÂN\nXÃ A');
    expect(chosenBreaks(['BAN DÂN TỘC'], balance)).toBe('BAN DÂN TỘC');
  });
});
