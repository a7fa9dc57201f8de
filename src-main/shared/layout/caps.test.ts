/**
 * Capitals the layout prints (caps.ts): Vietnamese upper-casing that keeps every letter in place,
 * balanced lines that carry the clerk's letters, and the stretch an "All caps" run covers.
 */
import { describe, expect, it } from 'vitest';
import { capsLines, capsStretch, toCaps, typedLines } from './caps';
import { balancedLines } from './text-width';

describe('toCaps', () => {
  it('uses the Vietnamese rules and keeps the length, letter for letter', () => {
    expect(toCaps('đường ống ưu tiên ỷ lại')).toBe('ĐƯỜNG ỐNG ƯU TIÊN Ỷ LẠI');
    expect(toCaps('đ')).toBe('Đ');
    // ß has a two-letter capital: it stays, so the typed and printed texts still line up.
    expect(toCaps('Straße')).toBe('STRAßE');
    expect(toCaps('Straße')).toHaveLength('Straße'.length);
  });
});

describe('capsLines', () => {
  const balance = (printed: string) => balancedLines(printed, 13, 'bold', 3300);

  it('balances the capitals and gives each printed line the clerk’s letters at the same place', () => {
    const name = 'Sở Thông tin và Truyền thông tỉnh Quảng Trị';
    const { lines, typed } = capsLines(name, balance);
    expect(lines).toEqual(balance(name.toLocaleUpperCase('vi')));
    expect(lines.length).toBeGreaterThan(1);
    expect(typed?.join(' ')).toBe(name);
    expect(typed?.map(toCaps)).toEqual(lines);
  });

  it('keeps a break the clerk typed, and has nothing to carry for text typed in capitals', () => {
    expect(capsLines('Ủy ban nhân dân\nxã A', balance)).toEqual({ lines: ['ỦY BAN NHÂN DÂN', 'XÃ A'], typed: ['Ủy ban nhân dân', 'xã A'] });
    expect(capsLines('BAN DÂN TỘC', balance)).toEqual({ lines: ['BAN DÂN TỘC'], typed: null });
  });
});

describe('capsStretch and typedLines', () => {
  it('covers the words capitals change, to the line’s ends where the rest shows the same, and nothing when the line prints as typed', () => {
    expect(capsStretch('I. Kết quả năm 2023', 'I. KẾT QUẢ NĂM 2023')).toEqual([0, 19]);
    expect(capsStretch('- Lưu: VT, VP. pl.(30).', '- Lưu: VT, VP. PL.(30).')).toEqual([15, 23]);
    expect(capsStretch('Phần thứ nhất Sở X', 'Phần thứ nhất SỞ X')).toEqual([14, 18]);
    expect(capsStretch('PHẦN I', 'PHẦN I')).toBeNull();
  });

  it('carries typed lines only when the printed lines are them with their stretch in capitals', () => {
    expect(typedLines(['KT. GIÁM ĐỐC'], ['KT. Giám đốc'])).toEqual(['KT. Giám đốc']);
    expect(typedLines(['KT. GIÁM ĐỐC'], ['KT. Phó giám đốc'])).toBeNull();
    expect(typedLines(['GIÁM ĐỐC'], ['GIÁM ĐỐC'])).toBeNull();
  });
});
