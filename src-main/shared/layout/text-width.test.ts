import { describe, expect, it } from 'vitest';
import { advanceUnits, balanceLines, longestLineTwips, textWidthTwips, wrapText } from './text-width';
import { mmToTwips } from './units';

const mm = (twips: number): number => Math.round((twips / 56.6929) * 10) / 10;

describe('text width estimator (Liberation Serif = Times New Roman metrics)', () => {
  it('matches the widths the NĐ30 spec measured (docs/layout-rules.md §3)', () => {
    expect(mm(textWidthTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, 'bold'))).toBe(95.7);
    expect(mm(textWidthTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, 'bold'))).toBe(88.3);
    expect(mm(textWidthTwips('Độc lập - Tự do - Hạnh phúc', 14, 'bold'))).toBe(60.5);
    expect(mm(textWidthTwips('Độc lập - Tự do - Hạnh phúc', 13, 'bold'))).toBe(56.1);
  });

  it('knows every Vietnamese letter and measures NFD like NFC', () => {
    const letters = 'ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
    for (const ch of letters + letters.toLocaleUpperCase('vi')) {
      expect(advanceUnits(ch.codePointAt(0) ?? 0, 'bold')).toBeGreaterThan(300);
    }
    expect(textWidthTwips('Việt Nam'.normalize('NFD'), 14)).toBe(textWidthTwips('Việt Nam', 14));
  });

  it('scales with size and face', () => {
    expect(textWidthTwips('BÁO CÁO', 14, 'bold')).toBeGreaterThan(textWidthTwips('BÁO CÁO', 14, 'regular'));
    expect(textWidthTwips('abc', 28)).toBeCloseTo(textWidthTwips('abc', 14) * 2, -1);
  });

  it('wraps greedily at spaces and honours "\\n"', () => {
    const lines = wrapText('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 13, 'bold', mmToTwips(65));
    expect(lines).toEqual(['SỞ THÔNG TIN VÀ TRUYỀN', 'THÔNG']);
    expect(wrapText('một\nhai ba', 14, 'regular', 10_000)).toEqual(['một', 'hai ba']);
    const long = wrapText('x'.repeat(500), 14, 'regular', 2000);
    expect(long.length).toBeGreaterThan(1);
    expect(long.every((l) => textWidthTwips(l, 14) <= 2000)).toBe(true);
    expect(longestLineTwips('ab\nabcdef', 14, 'regular', 10_000)).toBe(textWidthTwips('abcdef', 14));
  });

  it('balances a wrapping name into even lines, keeping chosen breaks and short texts', () => {
    const width = mmToTwips(65);
    expect(balanceLines('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 13, 'bold', width)).toBe('SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG');
    expect(balanceLines('SỞ NỘI VỤ', 13, 'bold', width)).toBe('SỞ NỘI VỤ');
    expect(balanceLines('SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG', 13, 'bold', width)).toBe('SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG');
    // Each part between chosen breaks is balanced on its own.
    const parts = balanceLines('ỦY BAN NHÂN DÂN HUYỆN\nTHANH BÌNH, TỈNH ĐỒNG THÁP', 13, 'regular', width).split('\n');
    expect(parts[0]).toBe('ỦY BAN NHÂN DÂN HUYỆN');
    expect(parts.slice(1).join(' ')).toBe('THANH BÌNH, TỈNH ĐỒNG THÁP');
    const long = 'ỦY BAN NHÂN DÂN HUYỆN THANH BÌNH, TỈNH ĐỒNG THÁP';
    const balanced = balanceLines(long, 13, 'regular', width).split('\n');
    expect(balanced).toHaveLength(wrapText(long, 13, 'regular', width).length);
    expect(balanced.join(' ')).toBe(long);
    expect(Math.max(...balanced.map((l) => textWidthTwips(l, 13)))).toBeLessThanOrEqual(width);
  });
});
