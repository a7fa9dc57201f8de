import { describe, expect, it } from 'vitest';
import { toCaps } from '../layout/caps';
import { agencyLines } from '../layout/header-plan';
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

  it('compares what the lines print when the layout sets them in capitals, and keeps the letters as stored', () => {
    const printed = (text: string) => agencyLines(text, 13, true, 3300).lines;
    const name = 'Sở Thông tin và Truyền thông tỉnh Quảng Trị';
    const lines = agencyLines(name, 13, true, 3300).typed ?? [];
    expect(lines.length).toBeGreaterThan(1);
    expect(chosenBreaks(lines, printed, toCaps)).toBe(name);
    expect(chosenBreaks(['Ủy ban nhân dân', 'xã A'], printed, toCaps)).toBe('Ủy ban nhân dân\nxã A');
  });
});
