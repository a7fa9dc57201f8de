import { describe, expect, it } from 'vitest';
import { boundUnits, mayBreakBetween } from './line-breaks';
import { balancedLines, balancedTitleLines, textWidthTwips, wrapText } from './text-width';

/** Titles of the kind clerks write, with numbers in every position a title puts them. */
const TITLES = [
  'Kết quả thực hiện chuyển đổi số năm 2023 và phương hướng, nhiệm vụ năm 2024',
  'Tình hình thực hiện Kế hoạch số 125/KH-UBND ngày 15 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh',
  'Sơ kết 6 tháng đầu năm 2024 công tác cải cách hành chính trên địa bàn huyện',
  'Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025',
  'Tổng kết công tác thi đua, khen thưởng năm 2023 và triển khai nhiệm vụ năm 2024 của ngành Giáo dục',
  'Kết quả triển khai Nghị định số 30/2020/NĐ-CP về công tác văn thư trong Quý III năm 2024',
  'Báo cáo số liệu Phần II, Mục 3 của Đề án 06 về phát triển ứng dụng dữ liệu dân cư',
  'Kết quả công tác tuyên truyền cải cách hành chính năm 2023 của Sở Thông tin và Truyền thông tỉnh Quảng Trị',
];

/** A line may start with a number only where the line before it ends with punctuation. */
function splitsANumber(lines: readonly string[]): string | null {
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1] ?? '';
    const lastWord = prev.split(' ').pop() ?? '';
    const firstWord = (lines[i] ?? '').split(' ')[0] ?? '';
    if (!mayBreakBetween(lastWord, firstWord)) return `${prev} / ${lines[i]}`;
  }
  return null;
}

describe('bound words (a line never ends with a word that needs the number after it)', () => {
  it('binds a number, a Roman numeral and a range dash to the word before them', () => {
    expect(mayBreakBetween('năm', '2023')).toBe(false);
    expect(mayBreakBetween('số', '125/KH-UBND')).toBe(false);
    expect(mayBreakBetween('Quý', 'III')).toBe(false);
    expect(mayBreakBetween('2021', '-')).toBe(false);
    expect(mayBreakBetween('-', '2025')).toBe(false);
    expect(mayBreakBetween('tế', '-')).toBe(false);
    expect(mayBreakBetween('-', 'xã')).toBe(false);
    // Punctuation closes the word: what follows may start a line.
    expect(mayBreakBetween('2023,', '2024')).toBe(true);
    expect(mayBreakBetween('năm', 'nay')).toBe(true);
    expect(boundUnits('giai đoạn 2021 - 2025 và năm 2026')).toEqual(['giai', 'đoạn 2021 - 2025', 'và', 'năm 2026']);
    expect(boundUnits('kinh tế - xã hội')).toEqual(['kinh', 'tế - xã', 'hội']);
  });

  const CASES = TITLES.flatMap((title) => [
    { title, how: 'balancedLines', balance: balancedLines },
    { title, how: 'balancedTitleLines', balance: balancedTitleLines },
  ]);

  it.each(CASES)('$how sets "$title" at every width without splitting a number from its word', ({ title, balance }) => {
    const full = textWidthTwips(title, 14, 'bold');
    for (let width = 3000; width <= 9355; width += 97) {
      const lines = balance(title, 14, 'bold', width);
      expect(lines.join(' ')).toBe(title);
      expect(splitsANumber(lines)).toBeNull();
      for (const line of lines) expect(textWidthTwips(line, 14, 'bold')).toBeLessThanOrEqual(width);
      // No more lines than needed: at most one more than plain wrapping, which may split a pair.
      expect(lines.length).toBeLessThanOrEqual(wrapText(title, 14, 'bold', width).length + 1);
      if (full <= width) expect(lines).toEqual([title]);
    }
  });

  it('prefers a phrase boundary for a title: after a comma, before "và" or a time phrase', () => {
    expect(balancedTitleLines('Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024 và phương hướng, nhiệm vụ năm 2025', 14, 'bold', 9355)).toEqual([
      'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội',
      'năm 2024 và phương hướng, nhiệm vụ năm 2025',
    ]);
    expect(balancedTitleLines('Kết quả thực hiện chuyển đổi số năm 2023 và phương hướng, nhiệm vụ năm 2024', 14, 'bold', 9355)).toEqual([
      'Kết quả thực hiện chuyển đổi số năm 2023',
      'và phương hướng, nhiệm vụ năm 2024',
    ]);
  });

  it('keeps the lines of a balanced title even', () => {
    const title = TITLES[0] ?? '';
    const lines = balancedLines(title, 14, 'bold', 9355);
    expect(lines).toHaveLength(2);
    const [a = 0, b = 0] = lines.map((l) => textWidthTwips(l, 14, 'bold'));
    expect(Math.abs(a - b)).toBeLessThan(Math.max(a, b) * 0.35);
  });
});
