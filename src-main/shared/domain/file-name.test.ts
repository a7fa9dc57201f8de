import { describe, expect, it } from 'vitest';
import { exportFileName, isReservedWindowsName, MAX_FILE_NAME_LENGTH, numberedFileName, safeFileName } from './file-name';

/** The properties every produced name must have on Windows. */
function expectWindowsSafe(name: string): void {
  expect(name.length).toBeGreaterThan(0);
  expect(Array.from(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
  // eslint-disable-next-line no-control-regex -- control characters are what must not appear
  expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
  expect(name).not.toMatch(/[. ]$/);
  expect(isReservedWindowsName(name)).toBe(false);
  expect(name.normalize('NFC')).toBe(name);
}

describe('safeFileName', () => {
  it('joins the ký hiệu and the title and keeps Vietnamese letters', () => {
    expect(safeFileName('BC-STTTT', 'Công tác tuyên truyền cải cách hành chính năm 2023')).toBe(
      'BC-STTTT Công tác tuyên truyền cải cách hành chính năm 2023.docx',
    );
  });

  it('turns line breaks into spaces and drops forbidden characters', () => {
    const name = safeFileName('BC-UBND', 'Kết quả "6 tháng/năm"\nđầu năm: <2024> a|b ? *');
    expect(name).toBe('BC-UBND Kết quả 6 tháng-năm đầu năm 2024 a-b.docx');
    expectWindowsSafe(name);
  });

  it.each(['CON', 'con', 'PRN', 'AUX', 'NUL', 'COM1', 'com9', 'LPT1', 'LPT9', 'COM¹', 'LPT³', 'com1.txt', 'NUL.txt', 'AUX.', 'CON .txt'])(
    'never yields the reserved name %s',
    (title) => {
      const name = safeFileName('', title);
      expectWindowsSafe(name);
      expect(name.endsWith('.docx')).toBe(true);
    },
  );

  it('gives "CON_.docx" and "com1_.txt.docx" for reserved titles without a ký hiệu', () => {
    expect(safeFileName('', 'CON')).toBe('CON_.docx');
    expect(safeFileName('', 'com1.txt')).toBe('com1_.txt.docx');
    expect(safeFileName('BC-STTTT', 'CON')).toBe('BC-STTTT CON.docx');
  });

  it('trims trailing dots and spaces and leading dots', () => {
    expect(safeFileName('', 'report. . ')).toBe('report.docx');
    expect(safeFileName('', '..')).toBe('Báo cáo.docx');
    expect(safeFileName('', '...hidden')).toBe('hidden.docx');
  });

  it('falls back to "Báo cáo" when nothing printable is left', () => {
    expect(safeFileName('', '\u0001\u202e  ?*')).toBe('Báo cáo.docx');
  });

  it('caps the length at a word boundary and keeps the extension', () => {
    const title = 'Kết quả thực hiện nhiệm vụ chuyển đổi số '.repeat(10);
    const name = safeFileName('BC-STTTT', title);
    expectWindowsSafe(name);
    expect(name.endsWith(' số.docx') || name.endsWith('.docx')).toBe(true);
    expect(name).not.toMatch(/ \.docx$/);
  });

  it('writes NFD input as NFC', () => {
    expect(safeFileName('BC-STTTT', 'Báo cáo tổng kết'.normalize('NFD'))).toBe('BC-STTTT Báo cáo tổng kết.docx');
  });
});

describe('exportFileName', () => {
  it('builds the ký hiệu from the header groups', () => {
    const header = {
      parentAgency: '', issuingAgency: '', number: '', typeAbbr: 'BC', agencyAbbr: 'sTTTT', extraGroup: '',
      place: '', date: { day: null, month: 11, year: 2023 },
    };
    expect(exportFileName({ header, title: 'Công tác\ntuyên truyền' })).toBe('BC-STTTT Công tác tuyên truyền.docx');
  });
});

describe('numberedFileName', () => {
  it('numbers alternatives before the extension', () => {
    expect(numberedFileName('a b.docx', 1)).toBe('a b.docx');
    expect(numberedFileName('a b.docx', 2)).toBe('a b (2).docx');
    expect(numberedFileName('noext', 3)).toBe('noext (3)');
  });
});
