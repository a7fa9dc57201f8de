import { describe, expect, it } from 'vitest';
import { BLANK_DAY, BLANK_MONTH, formatDateLine, formatMonth, isValidDate } from './dates';

describe('date line (NĐ30 II.4)', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(formatDateLine('Hà Nội', { day: 5, month: 1, year: 2020 })).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(formatDateLine('Thành phố Hồ Chí Minh', { day: 29, month: 6, year: 2019 })).toBe(
      'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019',
    );
    expect(formatMonth(2)).toBe('02');
    expect(formatMonth(3)).toBe('3');
    expect(formatMonth(12)).toBe('12');
  });

  it('keeps a blank day visible with non-breaking spaces', () => {
    const line = formatDateLine('Quảng Trị', { day: null, month: 11, year: 2023 });
    expect(line).toBe(`Quảng Trị, ngày ${BLANK_DAY} tháng 11 năm 2023`);
    expect(BLANK_DAY).toMatch(/^\u00A0{4,}$/);
    expect(line.replace(/\u00A0/g, ' ')).toMatch(/^Quảng Trị, ngày {6,} tháng 11 năm 2023$/);
  });

  it('keeps a blank month visible the same way, beside a blank day', () => {
    const line = formatDateLine('Lào Cai', { day: null, month: null, year: 2026 });
    expect(line).toBe(`Lào Cai, ngày ${BLANK_DAY} tháng ${BLANK_MONTH} năm 2026`);
    expect(line.replace(/\u00A0/g, ' ')).toMatch(/^Lào Cai, ngày {6,} tháng {6,} năm 2026$/);
    // The blanks stay unbreakable so Word and PDF neither collapse nor wrap them.
    expect(BLANK_MONTH).toMatch(/^\u00A0{4,}$/);
  });

  it('checks real calendar dates', () => {
    expect(isValidDate({ day: 29, month: 2, year: 2024 })).toBe(true);
    expect(isValidDate({ day: 29, month: 2, year: 2023 })).toBe(false);
    expect(isValidDate({ day: 31, month: 4, year: 2023 })).toBe(false);
    expect(isValidDate({ day: null, month: 2, year: 2023 })).toBe(true);
    expect(isValidDate({ day: null, month: null, year: 2023 })).toBe(true);
    expect(isValidDate({ day: 5, month: null, year: 2023 })).toBe(false);
  });
});
