import { describe, expect, it } from 'vitest';
import { fullFeatureDraft, minimalDraft, SIGNER_VARIANTS } from '../../export/docx/test-drafts';
import { BLANK_FIELD } from '../domain/dates';
import type { Block, Draft, Section } from '../domain/draft-schema';
import { defaultSettings, type Layout } from '../domain/settings-schema';
import { TABLE_GAP } from './constants';
import { mayBreakBetween } from './line-breaks';
import { fixedLines, planPages, type HeadingBlock, type PlanBlock, type TableBlock } from './index';
import { textWidthTwips } from './text-width';

const layout = (overrides: Partial<Layout> = {}): Layout => ({ ...defaultSettings().layout, ...overrides });
const t = (text: string) => ({ type: 'text' as const, text });
const para = (text: string): Block => ({ type: 'paragraph', content: [t(text)] });
const sec = (id: string, title: string, blocks: Block[] = [], children: Section[] = [], extra: Partial<Section> = {}): Section => ({ id, title, blocks, children, ...extra });
const headings = (blocks: readonly PlanBlock[]): HeadingBlock[] => blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
const tables = (blocks: readonly PlanBlock[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('page geometry and rules', () => {
  it('is A4 portrait with the margins of the layout, page numbers top centre from page 2', () => {
    const plan = planPages(minimalDraft(), layout({ margins: { top: 25, bottom: 22, left: 35, right: 20 } }));
    expect(plan.page).toMatchObject({ orientation: 'portrait', width: 11906, height: 16838, margins: { top: 1417, bottom: 1247, left: 1984, right: 1134 } });
    expect(plan.page.textWidth).toBe(11906 - 1984 - 1134);
    expect(plan.pageNumbers).toMatchObject({ position: 'top-center', hiddenOnFirstPage: true, restartEachAppendix: true, font: { sizePt: 14 } });
  });

  it('takes every size from the chosen preset', () => {
    const plan = planPages(minimalDraft(), layout({ sizePreset: 13 }));
    expect([plan.header.quocHieu.font.sizePt, plan.header.tieuNgu.font.sizePt, plan.header.number.font.sizePt, plan.body.font.sizePt]).toEqual([12, 13, 13, 13]);
    expect(plan.signature.noiNhanLabel.font).toEqual({ sizePt: 12, bold: true, italic: true });
  });
});

describe('header and date (v2: blank month)', () => {
  it('prints a blank day and month with non-breaking spaces, the year filled in', () => {
    const draft = minimalDraft();
    draft.header.date = { day: null, month: null, year: 2026 };
    const plan = planPages(draft, layout());
    expect(plan.header.date.lines).toEqual([`Quảng Trị, ngày ${BLANK_FIELD} tháng ${BLANK_FIELD} năm 2026`]);
    expect(plan.appendices).toHaveLength(0);
    const withAppendix = planPages({ ...draft, appendices: fullFeatureDraft().appendices }, layout());
    expect(withAppendix.appendices[0]?.reference.lines[0]).toContain(`ngày ${BLANK_FIELD} tháng ${BLANK_FIELD} năm 2026`);
  });

  it('sizes the right column so the quốc hiệu fits and draws the tiêu ngữ rule as long as the tiêu ngữ', () => {
    const plan = planPages(minimalDraft(), layout({ margins: { top: 25, bottom: 25, left: 35, right: 20 } }));
    const { columns, tieuNguRule, quocHieu } = plan.header;
    expect(columns.rightContent).toBeGreaterThan(textWidthTwips(quocHieu.lines[0] ?? '', 13, 'bold'));
    expect(tieuNguRule.length).toBe(textWidthTwips('Độc lập - Tự do - Hạnh phúc', 14, 'bold'));
  });
});

describe('signature (v2 authority lines)', () => {
  it('prints TM. then KT. then the own title and the name', () => {
    const plan = planPages(minimalDraft({ signer: SIGNER_VARIANTS['TM. KT.'] }), layout());
    expect(plan.signature.authority.map((a) => a.lines[0])).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']);
    expect(plan.signature.ownTitle?.lines).toEqual(['PHÓ CHỦ TỊCH']);
    expect(plan.signature.name.lines).toEqual(['Đặng Văn Hùng']);
    // About 4 blank lines at 14 pt for the signature and seal.
    expect(plan.signature.name.spaceBefore).toBe(1680);
  });

  it('prints the head signing in their own name with no authority line', () => {
    const plan = planPages(minimalDraft({ signer: SIGNER_VARIANTS.none }), layout());
    expect(plan.signature.authority).toEqual([]);
    expect(plan.signature.ownTitle?.lines).toEqual(['GIÁM ĐỐC']);
  });
});

describe('headings (v2: Phần, unnumbered, overrides)', () => {
  const tree = [
    sec('p1', 'Tình hình thực hiện nhiệm vụ năm 2024', [], [sec('m1', 'Kết quả đạt được', [para('Nội dung.')], [sec('k1', 'Công tác chỉ đạo', [para('Khoản.')])]), sec('m2', 'Đánh giá chung', [para('Chung.')], [], { numbered: false }), sec('m3', 'Tồn tại', [para('Hạn chế.')])]),
    sec('p2', 'Phương hướng năm 2025', [para('Phương hướng.')], [sec('m4', 'Nhiệm vụ', [para('Nhiệm vụ.')], [sec('k2', 'Riêng', [para('x')], [], { numberOverride: '1.1.' })])]),
  ];

  it.each([
    ['roman', ['Phần I', 'Phần II']],
    ['words', ['Phần thứ nhất', 'Phần thứ hai']],
  ] as const)('puts Phần (%s) above Mục: own line, centred, bold, title in capitals below', (partStyle, parts) => {
    const plan = planPages(minimalDraft({ partStyle, sections: tree }), layout());
    const hs = headings(plan.content);
    const partHeads = hs.filter((h) => h.level === 'part');
    expect(partHeads.map((h) => h.number)).toEqual(parts);
    expect(partHeads[0]?.lines).toEqual([parts[0], 'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2024']);
    for (const h of partHeads) expect([h.align, h.font.bold, h.indentFirstLine]).toEqual(['center', true, 0]);
    // Below Phần the Mục count starts again in each part; an unnumbered heading takes no number.
    expect(hs.filter((h) => h.level === 'muc').map((h) => h.lines[0])).toEqual(['I. KẾT QUẢ ĐẠT ĐƯỢC', 'ĐÁNH GIÁ CHUNG', 'II. TỒN TẠI', 'I. NHIỆM VỤ']);
    expect(hs.find((h) => h.title === 'ĐÁNH GIÁ CHUNG')?.number).toBe('');
    // A number the clerk typed prints as typed.
    expect(hs.find((h) => h.title === 'Riêng')?.lines).toEqual(['1.1. Riêng']);
  });

  it('keeps the I. / 1. / a) levels without parts', () => {
    const hs = headings(planPages(minimalDraft(), layout()).content);
    expect(hs.map((h) => [h.level, h.lines[0]])).toEqual([
      ['muc', 'I. KẾT QUẢ ĐẠT ĐƯỢC'],
      ['khoan', '1. Công tác chỉ đạo, điều hành'],
      ['diem', 'b) Đối với cấp huyện'],
      ['muc', 'II. TỒN TẠI, HẠN CHẾ'],
      ['muc', 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024'],
    ]);
    expect(hs.every((h) => h.keepWithNext)).toBe(true);
  });
});

describe('tables', () => {
  const span: Block = {
    type: 'table',
    columnWidths: [1, 4, 2, 2, 2],
    headerRows: 2,
    rows: [
      { cells: [{ paragraphs: [[t('STT')]], rowSpan: 2 }, { paragraphs: [[t('Nội dung')]], rowSpan: 2 }, { paragraphs: [[t('Kết quả')]], colSpan: 2 }, { paragraphs: [[t('Ghi chú')]], rowSpan: 2 }] },
      { cells: [{ paragraphs: [[t('Số lượng')]] }, { paragraphs: [[t('Tỷ lệ')]] }] },
      { cells: [{ paragraphs: [[t('1')]] }, { paragraphs: [[t('Hội nghị')]], rowSpan: 2 }, { paragraphs: [[t('24')]] }, { paragraphs: [[t('100%')]] }, { paragraphs: [[t('')]] }] },
      { cells: [{ paragraphs: [[t('2')]] }, { paragraphs: [[t('12')]] }, { paragraphs: [[t('50%')]] }, { paragraphs: [[t('')]] }] },
    ],
  };

  it('lays row spans out as a vertical merge: every row covers the whole grid', () => {
    const [table] = tables(planPages(minimalDraft({ opening: [para('Bảng sau:'), span] }), layout()).content);
    if (!table) throw new Error('no table');
    for (const row of table.rows) {
      expect(row.cells.reduce((n, c) => n + c.colSpan, 0)).toBe(5);
      expect(row.cells.reduce((n, c) => n + c.width, 0)).toBe(table.width);
    }
    const [r0, r1, r2, r3] = table.rows;
    expect(r0?.cells.map((c) => [c.vMerge, c.rowSpan])).toEqual([['restart', 2], ['restart', 2], [null, 1], ['restart', 2]]);
    expect(r1?.cells.map((c) => c.vMerge)).toEqual(['continue', 'continue', null, null, 'continue']);
    expect(r1?.cells.map((c) => c.column)).toEqual([0, 1, 2, 3, 4]);
    expect(r3?.cells.map((c) => [c.column, c.vMerge])).toEqual([[0, null], [1, 'continue'], [2, null], [3, null], [4, null]]);
    expect(r2?.cells[1]?.verticalAlign).toBe('center');
    expect(table.rows.map((r) => r.header)).toEqual([true, true, false, false]);
  });

  it('clamps a row span at the last row and a column span at the grid edge', () => {
    const block: Block = { type: 'table', columnWidths: [1, 1], headerRows: 0, rows: [{ cells: [{ paragraphs: [[t('a')]], rowSpan: 9, colSpan: 5 }] }, { cells: [] as never }] };
    const [table] = tables(planPages(minimalDraft({ opening: [block] }), layout()).content);
    expect(table?.rows[0]?.cells.map((c) => [c.colSpan, c.rowSpan])).toEqual([[2, 2]]);
    expect(table?.rows[1]?.cells.map((c) => [c.vMerge, c.colSpan])).toEqual([['continue', 2]]);
  });

  it('never lets the paragraph above sit on the table border', () => {
    const plan = planPages(minimalDraft({ opening: [para('Kết quả cụ thể như sau:'), span, span] }), layout());
    const [first, table1, table2] = plan.content;
    expect(first?.kind).toBe('paragraph');
    expect(first && 'spaceAfter' in first ? first.spaceAfter : 0).toBeGreaterThanOrEqual(TABLE_GAP);
    expect(table1?.kind === 'table' && table1.gapIsOwn).toBe(false);
    // A table straight after a table carries its own gap (the consumer prints it).
    expect(table2?.kind === 'table' && table2.gapIsOwn && table2.gapBefore >= TABLE_GAP).toBe(true);
  });
});

describe('appendices (v2: landscape)', () => {
  it('gives a landscape appendix its own A4 landscape page and scales its tables to that width', () => {
    const wide: Block = { type: 'table', columnWidths: [1, 3, 2], headerRows: 1, rows: [{ cells: [{ paragraphs: [[t('a')]] }, { paragraphs: [[t('b')]] }, { paragraphs: [[t('c')]] }] }] };
    const draft = fullFeatureDraft();
    draft.appendices = [{ id: 'pl', title: 'Bảng số liệu', orientation: 'landscape', blocks: [wide], sections: [] }];
    const plan = planPages(draft, layout());
    const appendix = plan.appendices[0];
    expect(appendix?.page).toMatchObject({ orientation: 'landscape', width: 16838, height: 11906 });
    expect(appendix?.page.textWidth).toBe(16838 - 1701 - 850);
    expect(tables(appendix?.blocks ?? [])[0]?.width).toBe(appendix?.page.textWidth);
    expect(appendix?.label.lines).toEqual(['Phụ lục']);
  });

  it('balances a long appendix title like the main title: even lines, no number cut from its word', () => {
    const draft = fullFeatureDraft();
    const title = 'Kết quả thực hiện một số chỉ tiêu về giảm nghèo, bảo hiểm y tế và xây dựng nông thôn mới năm 2024 của các xã, thị trấn trên địa bàn huyện';
    draft.appendices = [{ id: 'pl', title, orientation: 'portrait', blocks: [], sections: [] }];
    const lines = planPages(draft, layout()).appendices[0]?.title?.lines ?? [];
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title.toLocaleUpperCase('vi'));
    const widths = lines.map((l) => textWidthTwips(l, 14, 'bold'));
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(Math.max(...widths) * 0.4);
    lines.slice(1).forEach((line, i) => expect(mayBreakBetween(lines[i]?.split(' ').pop() ?? '', line.split(' ')[0] ?? '')).toBe(true));
  });
});

describe('content', () => {
  it('numbers footnotes in reading order over body, tables and appendices', () => {
    const plan = planPages(fullFeatureDraft(), layout());
    const numbers: number[] = [];
    const visit = (blocks: readonly PlanBlock[]): void => {
      for (const b of blocks) {
        const inlines = b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.flat())) : b.kind === 'heading' ? [] : b.runs;
        for (const i of inlines) if (i.type === 'footnote') numbers.push(i.number);
      }
    };
    visit(plan.content);
    plan.appendices.forEach((a) => visit(a.blocks));
    expect(numbers).toEqual([1, 2, 3, 4]);
  });

  it('places "./." once, on the closing paragraph, kept with the signature', () => {
    const plan = planPages(minimalDraft(), layout());
    const marked = plan.content.filter((b) => b.kind !== 'table' && b.kind !== 'heading' && b.hasEndMark);
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatchObject({ role: 'closing', keepWithNext: true });
  });
});

describe('fixedLines', () => {
  it('lists the fixed parts in reading order with their labels', () => {
    const draft: Draft = fullFeatureDraft({ signer: SIGNER_VARIANTS['TM. KT.'] });
    const lines = fixedLines(planPages(draft, layout()));
    const labels = [...new Set(lines.map((l) => l.label))];
    expect(labels).toEqual(['quoc-hieu', 'tieu-ngu', 'so', 'date', 'doc-type', 'title', 'kinh-gui', 'heading', 'noi-nhan-label', 'noi-nhan', 'authority', 'signer-title', 'signer-name', 'appendix-label', 'appendix-title', 'appendix-reference']);
    expect(lines.filter((l) => l.label === 'title').map((l) => l.text)).toEqual(['Kết quả công tác tuyên truyền cải cách hành chính', 'năm 2023']);
    expect(lines.filter((l) => l.label === 'authority').map((l) => l.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']);
    expect(lines.find((l) => l.label === 'so')?.text).toMatch(/^Số: \u00A0+\/BC-STTTT$/u);
  });
});
