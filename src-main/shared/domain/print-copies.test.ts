import { describe, expect, it } from 'vitest';
import { countPrintCopies, explainPrintCopies, MAX_PRINT_COPIES, type CopySource } from './print-copies';

const source = (over: Partial<{ kinhGui: string[]; recipients: string[]; archive: string; copies: number | null }> = {}): CopySource => ({
  kinhGui: over.kinhGui ?? [],
  noiNhan: { recipients: over.recipients ?? [], archive: over.archive ?? '' },
  drafter: { code: '', copies: over.copies ?? null },
});

describe('countPrintCopies: the Nơi nhận list counted as a văn thư does', () => {
  it('counts one copy per recipient line and one for Văn thư plus each unit of the Lưu line', () => {
    const result = countPrintCopies(
      source({ recipients: ['Sở Nội vụ;', 'Ban Giám đốc Sở;', 'Trung tâm CNTT-TT;'], archive: 'TTBCXB' }),
    );
    expect(result.lines.map((l) => [l.label, l.copies])).toEqual([
      ['Sở Nội vụ', 1],
      ['Ban Giám đốc Sở', 1],
      ['Trung tâm CNTT-TT', 1],
      ['Lưu: VT, TTBCXB', 2],
    ]);
    expect(result.total).toBe(5);
  });

  it('counts "Như trên" as one copy for each Kính gửi recipient, typed or not', () => {
    const kinhGui = ['Bộ Nội vụ', 'Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính'];
    const typed = countPrintCopies(source({ kinhGui, recipients: ['- Như trên;', 'Lãnh đạo Ban;'], archive: 'VP' }));
    const implied = countPrintCopies(source({ kinhGui, recipients: ['Lãnh đạo Ban'], archive: 'VP' }));
    for (const result of [typed, implied]) {
      expect(result.lines[0]).toMatchObject({ label: 'Như trên', copies: 3 });
      expect(result.lines[0]?.reason).toContain('Bộ Tài chính');
      expect(result.total).toBe(3 + 1 + 2);
    }
  });

  it('counts "Như trên" written twice only once, and flags it when Kính gửi is empty', () => {
    expect(countPrintCopies(source({ kinhGui: ['UBND tỉnh'], recipients: ['Như trên', 'NHƯ TRÊN.'] })).total).toBe(1 + 1);
    const empty = countPrintCopies(source({ kinhGui: ['  '], recipients: ['Như trên'] }));
    expect(empty.lines[0]).toMatchObject({ copies: 0, check: true });
    expect(empty.total).toBe(1);
  });

  it('takes the copies kept written after a unit of the Lưu line, and ignores a typed "VT"', () => {
    const result = countPrintCopies(source({ archive: 'VT, VP(02), TH 3b, KHTC (2 bản), PC.' }));
    expect(result.lines.at(-1)).toMatchObject({ label: 'Lưu: VT, VP, TH, KHTC, PC', copies: 1 + 2 + 3 + 2 + 1 });
    // A drafter code in brackets is not a number of copies.
    expect(countPrintCopies(source({ archive: 'VP(yen182)' })).lines.at(-1)?.copies).toBe(2);
  });

  it('flags group lines for checking without changing their count', () => {
    const result = countPrintCopies(source({ recipients: ['Các Phòng chuyên môn', 'UBND các huyện, thị xã', 'Sở Tài chính'] }));
    expect(result.lines.map((l) => [l.copies, l.check])).toEqual([
      [1, true],
      [1, true],
      [1, false],
      [1, false],
    ]);
  });

  it('always prints at least one copy and at most the limit, saying so', () => {
    expect(countPrintCopies(source()).total).toBe(1);
    const many = countPrintCopies(source({ recipients: Array.from({ length: MAX_PRINT_COPIES + 5 }, (_, i) => `Đơn vị ${i}`) }));
    expect(many.total).toBe(MAX_PRINT_COPIES);
    expect(many.notes.join(' ')).toContain(String(MAX_PRINT_COPIES + 6));
  });

  it('notes a different number of copies written in ô 12', () => {
    const result = countPrintCopies(source({ recipients: ['Sở Nội vụ'], copies: 300 }));
    expect(result.notes.join(' ')).toContain('300');
    expect(countPrintCopies(source({ recipients: ['Sở Nội vụ'], copies: 2 })).notes).toEqual([]);
  });

  it('explains the count line by line', () => {
    const text = explainPrintCopies(countPrintCopies(source({ kinhGui: ['UBND tỉnh'], recipients: ['Sở Nội vụ'], archive: 'VP' })));
    expect(text.split('\n')).toEqual([
      'In 4 bản, đếm theo Nơi nhận:',
      '- Như trên: 1 bản, mỗi nơi ở phần Kính gửi một bản: UBND tỉnh',
      '- Sở Nội vụ: 1 bản',
      '- Lưu: VT, VP: 2 bản (VT 1 bản, VP 1 bản)',
    ]);
  });
});
