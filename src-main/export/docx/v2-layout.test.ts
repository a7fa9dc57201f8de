/**
 * The v2 model features in the DOCX (row spans, landscape appendices, Phần and unnumbered
 * headings, typed numbers, blank month) and the §5 layout defects: text on a table's border and
 * the paragraph that ends the content taking room after the signature.
 */
import { describe, expect, it } from 'vitest';
import { BLANK_FIELD } from '../../shared/domain/dates';
import type { Block, Section } from '../../shared/domain/draft-schema';
import { fullFeatureDraft, minimalDraft } from './test-drafts';
import { all, bodyChildren, buildParts, cellsOf, first, kids, paragraphWith, paraProp, rowsOf, runProp, textOf, textRunsOf, type XmlNode } from './test-xml';

const t = (text: string) => ({ type: 'text' as const, text });
const para = (text: string): Block => ({ type: 'paragraph', content: [t(text)] });
const sec = (id: string, title: string, blocks: Block[] = [], children: Section[] = [], extra: Partial<Section> = {}): Section => ({ id, title, blocks, children, ...extra });

const SPAN_TABLE: Block = {
  type: 'table',
  columnWidths: [1, 4, 2, 2, 2],
  headerRows: 2,
  rows: [
    { cells: [{ paragraphs: [[t('STT')]], rowSpan: 2 }, { paragraphs: [[t('Nội dung')]], rowSpan: 2 }, { paragraphs: [[t('Kết quả')]], colSpan: 2 }, { paragraphs: [[t('Ghi chú')]], rowSpan: 2 }] },
    { cells: [{ paragraphs: [[t('Số lượng')]] }, { paragraphs: [[t('Tỷ lệ')]] }] },
    { cells: [{ paragraphs: [[t('1')]] }, { paragraphs: [[t('Hội nghị')]] }, { paragraphs: [[t('24')]] }, { paragraphs: [[t('100%')]] }, { paragraphs: [[t('')]] }] },
  ],
};

/** The first content table (the header table is [0]). */
async function contentTableOf(opening: Block[]): Promise<{ doc: XmlNode; tbl: XmlNode }> {
  const { doc } = await buildParts(minimalDraft({ opening }));
  const tbl = bodyChildren(doc).filter((n) => n.name === 'w:tbl')[1];
  if (!tbl) throw new Error('no content table');
  return { doc, tbl };
}

describe('row spans', () => {
  it('merge vertically: restart on the spanning cell, continue in each covered row, header rows repeated', async () => {
    const { tbl } = await contentTableOf([para('Kết quả như sau:'), SPAN_TABLE]);
    const vMerge = (c: XmlNode): string | undefined => {
      const el = first(c, 'w:vMerge');
      return el ? (el.attrs['w:val'] ?? 'continue') : undefined;
    };
    const [r0, r1, r2] = rowsOf(tbl) as [XmlNode, XmlNode, XmlNode];
    expect(cellsOf(r0).map(vMerge)).toEqual(['restart', 'restart', undefined, 'restart']);
    expect(first(cellsOf(r0)[2] as XmlNode, 'w:gridSpan')?.attrs['w:val']).toBe('2');
    expect(cellsOf(r1).map(vMerge)).toEqual(['continue', 'continue', undefined, undefined, 'continue']);
    expect(cellsOf(r1).map(textOf)).toEqual(['', '', 'Số lượng', 'Tỷ lệ', '']);
    expect(cellsOf(r2).map(vMerge)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(rowsOf(tbl).map((r) => all(r, 'w:tblHeader').length)).toEqual([1, 1, 0]);
    // Every covered cell still ends with a paragraph, as WordprocessingML requires.
    for (const c of cellsOf(r1)) expect(kids(c, 'w:p').length).toBeGreaterThan(0);
  });
});

describe('the paragraph before a table', () => {
  it('keeps a gap above the table border (spacing after), and two tables stay apart', async () => {
    const { doc, tbl } = await contentTableOf([para('Kết quả như sau:'), SPAN_TABLE, SPAN_TABLE]);
    const items = bodyChildren(doc);
    const before = items[items.indexOf(tbl) - 1] as XmlNode;
    expect(textOf(before)).toBe('Kết quả như sau:');
    expect(Number(paraProp(before, 'w:spacing')?.attrs['w:after'] ?? 0)).toBeGreaterThanOrEqual(120);
    const between = items[items.indexOf(tbl) + 1] as XmlNode;
    expect(between.name).toBe('w:p');
    expect(Number(paraProp(between, 'w:spacing')?.attrs['w:line'] ?? 0)).toBeGreaterThanOrEqual(120);
  });
});

describe('landscape appendix', () => {
  it('is its own A4 landscape section, numbered from 1 with no number on its first page', async () => {
    const draft = fullFeatureDraft();
    draft.appendices = [
      { id: 'a', title: 'Bảng tổng hợp', orientation: 'landscape', blocks: [SPAN_TABLE], sections: [] },
      { id: 'b', title: 'Danh mục', orientation: 'portrait', blocks: [para('Danh mục.')], sections: [] },
    ];
    const { doc } = await buildParts(draft);
    const [main, landscape, portrait] = all(doc, 'w:sectPr') as [XmlNode, XmlNode, XmlNode];
    expect(first(main, 'w:pgSz')?.attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' });
    expect(first(landscape, 'w:pgSz')?.attrs).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    expect(first(portrait, 'w:pgSz')?.attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' });
    for (const s of [landscape, portrait]) {
      expect(first(s, 'w:pgNumType')?.attrs['w:start']).toBe('1');
      expect(kids(s, 'w:titlePg')).toHaveLength(1);
    }
    // Its table spans the landscape text width.
    const tables = bodyChildren(doc).filter((n) => n.name === 'w:tbl');
    const wide = tables.find((tb) => textOf(tb).includes('Nội dung')) as XmlNode;
    const grid = all(wide, 'w:gridCol').reduce((n, g) => n + Number(g.attrs['w:w']), 0);
    expect(grid).toBe(16838 - 1701 - 850);
  });
});

describe('headings of v2', () => {
  const tree = [
    sec('p1', 'Tình hình thực hiện nhiệm vụ', [], [sec('m1', 'Kết quả', [para('Nội dung kết quả.')]), sec('m2', 'Đánh giá chung', [para('Nội dung đánh giá.')], [], { numbered: false }), sec('m3', 'Tồn tại', [para('Nội dung tồn tại.')], [sec('k1', 'Khoản riêng', [para('x')], [], { numberOverride: '3.1.' })])]),
    sec('p2', 'Phương hướng', [para('Nội dung phương hướng.')]),
  ];

  it('prints "Phần thứ nhất" bold and centred on its own line with the title in capitals below', async () => {
    const { doc } = await buildParts(minimalDraft({ partStyle: 'words', sections: tree }));
    const part = paragraphWith(doc, 'Phần thứ nhất') as XmlNode;
    expect(textOf(part)).toBe('Phần thứ nhất\nTÌNH HÌNH THỰC HIỆN NHIỆM VỤ');
    expect(paraProp(part, 'w:jc')?.attrs['w:val']).toBe('center');
    expect(paraProp(part, 'w:ind')?.attrs['w:firstLine']).toBe('0');
    expect(paraProp(part, 'w:keepNext')).toBeDefined();
    expect(textRunsOf(part).every((r) => runProp(r, 'w:b') === 'true')).toBe(true);
    expect(paragraphWith(doc, 'Phần thứ hai')).toBeDefined();
  });

  it('prints an unnumbered heading without a number and a typed number as typed', async () => {
    const { doc } = await buildParts(minimalDraft({ partStyle: 'roman', sections: tree }));
    const texts = all(doc, 'w:p').map(textOf);
    expect(texts).toContain('Phần I\nTÌNH HÌNH THỰC HIỆN NHIỆM VỤ');
    expect(texts).toContain('I. KẾT QUẢ');
    expect(texts).toContain('ĐÁNH GIÁ CHUNG');
    expect(texts).toContain('II. TỒN TẠI');
    expect(texts).toContain('3.1. Khoản riêng');
  });
});

describe('blank month', () => {
  it('prints "ngày … tháng … năm 2026" with both blanks kept visible', async () => {
    const draft = minimalDraft();
    draft.header.date = { day: null, month: null, year: 2026 };
    const { doc } = await buildParts(draft);
    expect(textOf(paragraphWith(doc, 'năm 2026') as XmlNode)).toBe(`Quảng Trị, ngày ${BLANK_FIELD} tháng ${BLANK_FIELD} năm 2026`);
  });
});

describe('the end of the main section', () => {
  it('after the signature table is a paragraph that takes no room (hidden mark, zero-height line)', async () => {
    for (const draft of [minimalDraft(), fullFeatureDraft()]) {
      const { doc } = await buildParts(draft);
      const items = bodyChildren(doc);
      const signature = items.filter((n) => n.name === 'w:tbl').find((n) => textOf(n).includes('Nơi nhận:')) as XmlNode;
      const end = items[items.indexOf(signature) + 1] as XmlNode;
      expect(textOf(end)).toBe('');
      expect(paraProp(end, 'w:spacing')?.attrs).toMatchObject({ 'w:line': '0', 'w:lineRule': 'exact', 'w:before': '0', 'w:after': '0' });
      const markProps = first(kids(end, 'w:pPr')[0] as XmlNode, 'w:rPr') as XmlNode;
      expect(kids(markProps, 'w:vanish')).toHaveLength(1);
    }
  });
});
