import { describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/domain/draft-schema';
import { END_MARK } from '../../shared/domain/inline-text';
import { fullFeatureDraft, minimalDraft } from './test-drafts';
import {
  all,
  bodyChildren,
  buildParts,
  cellsOf,
  effectiveSize,
  first,
  gridWidths,
  kids,
  layoutWith,
  paragraphWith,
  paraProp,
  rowsOf,
  runProp,
  textOf,
  textRunsOf,
  type XmlNode,
} from './test-xml';

const TEXT_WIDTH = 11906 - 1701 - 850;
const bold = (p: XmlNode): boolean => textRunsOf(p).every((r) => runProp(r, 'w:b') === 'true');
const runWith = (p: XmlNode, text: string): XmlNode => textRunsOf(p).find((r) => textOf(r).includes(text)) as XmlNode;

describe('headings', () => {
  it('labels levels I. (caps, bold), 1. (bold when titled), a) (plain) from the structure', async () => {
    const { doc } = await buildParts(minimalDraft());
    const roman = paragraphWith(doc, 'I. KẾT QUẢ ĐẠT ĐƯỢC') as XmlNode;
    expect(bold(roman)).toBe(true);
    expect(paraProp(roman, 'w:keepNext')).toBeDefined();
    const arabic = paragraphWith(doc, '1. Công tác chỉ đạo, điều hành') as XmlNode;
    expect(bold(arabic)).toBe(true);
    // An untitled điểm starts its own paragraph, plain.
    const pointA = paragraphWith(doc, 'a) Đối với cấp tỉnh') as XmlNode;
    expect(textRunsOf(pointA).some((r) => runProp(r, 'w:b'))).toBe(false);
    const pointB = paragraphWith(doc, 'b) Đối với cấp huyện') as XmlNode;
    expect(textRunsOf(pointB).some((r) => runProp(r, 'w:b'))).toBe(false);
    // An untitled khoản: "2." begins the paragraph, not bold.
    const khoan = paragraphWith(doc, '2. Công tác kiểm tra') as XmlNode;
    expect(textRunsOf(khoan).some((r) => runProp(r, 'w:b'))).toBe(false);
    expect(paragraphWith(doc, 'II. TỒN TẠI, HẠN CHẾ')).toBeDefined();
    expect(paragraphWith(doc, 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024')).toBeDefined();
  });

  it('renumbers when sections are reordered', async () => {
    const draft = minimalDraft();
    const [s1, s2, s3] = draft.sections as [Draft['sections'][0], Draft['sections'][0], Draft['sections'][0]];
    const { doc } = await buildParts({ ...draft, sections: [s3, s1, s2] });
    const headings = all(doc, 'w:p').map(textOf).filter((t) => /^[IVX]+\. /.test(t));
    expect(headings).toEqual(['I. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024', 'II. KẾT QUẢ ĐẠT ĐƯỢC', 'III. TỒN TẠI, HẠN CHẾ']);
  });

  it('starts at "1." for an Arabic outline', async () => {
    const { doc } = await buildParts(minimalDraft({ outlineStart: 'arabic' }));
    expect(paragraphWith(doc, '1. Kết quả đạt được')).toBeDefined();
    expect(paragraphWith(doc, 'a) Công tác chỉ đạo, điều hành')).toBeDefined();
  });

  it('indents headings like body text unless the setting says otherwise', async () => {
    const flush = await buildParts(minimalDraft(), layoutWith({ indentHeadings: false }));
    expect(paraProp(paragraphWith(flush.doc, 'I. KẾT QUẢ') as XmlNode, 'w:ind')?.attrs['w:firstLine']).toBe('0');
    const indented = await buildParts(minimalDraft());
    expect(paraProp(paragraphWith(indented.doc, 'I. KẾT QUẢ') as XmlNode, 'w:ind')).toBeUndefined();
  });
});

describe('inline formatting and bullets', () => {
  it('keeps bold, italic and underline runs', async () => {
    const { doc } = await buildParts(minimalDraft());
    expect(runProp(runWith(paragraphWith(doc, 'Năm 2023, Sở') as XmlNode, '24 hội nghị'), 'w:b')).toBe('true');
    expect(runProp(runWith(paragraphWith(doc, 'Cổng thông tin') as XmlNode, 'cải cách hành chính'), 'w:i')).toBe('true');
    expect(runProp(runWith(paragraphWith(doc, 'Tọa đàm') as XmlNode, 'Cải cách hành chính vì nhân dân'), 'w:u')).toBe('single');
  });

  it('prints "-" and "+" items as body paragraphs', async () => {
    const { doc } = await buildParts(minimalDraft());
    expect(textOf(paragraphWith(doc, 'Hội nghị trực tuyến') as XmlNode)).toBe('- Hội nghị trực tuyến kết nối 9 huyện, thị xã, thành phố;');
    expect(textOf(paragraphWith(doc, 'Tọa đàm') as XmlNode).startsWith('+ Tọa đàm')).toBe(true);
  });
});

describe('end mark', () => {
  it('ends the closing paragraph with "./." once, kept with the signature', async () => {
    const { doc, xml } = await buildParts(minimalDraft());
    expect((xml.get('word/document.xml') ?? '').split(END_MARK)).toHaveLength(2);
    const closing = paragraphWith(doc, 'Trên đây là báo cáo') as XmlNode;
    expect(textOf(closing).endsWith('Sở Thông tin và Truyền thông./.')).toBe(true);
    expect(paraProp(closing, 'w:keepNext')).toBeDefined();
    const items = bodyChildren(doc);
    expect(items[items.indexOf(closing) + 1]?.name).toBe('w:tbl');
  });

  it('puts "./." on the last body paragraph when there is no closing', async () => {
    const { doc } = await buildParts(minimalDraft({ closing: [{ type: 'text', text: ' ' }] }));
    const last = paragraphWith(doc, 'Tiếp tục đổi mới') as XmlNode;
    expect(textOf(last)).toBe('Tiếp tục đổi mới nội dung, hình thức tuyên truyền./.');
    expect(paraProp(last, 'w:keepNext')).toBeDefined();
  });

  it('adds a "./." paragraph when the content ends with a table', async () => {
    const draft = minimalDraft({ closing: [], sections: [{ id: 'x', title: 'Số liệu', children: [], blocks: [{ type: 'table', columnWidths: [1], headerRows: 0, rows: [{ cells: [{ paragraphs: [[{ type: 'text', text: 'A' }]] }] }] }] }] });
    const { doc } = await buildParts(draft);
    const items = bodyChildren(doc);
    const mark = items.find((n) => n.name === 'w:p' && textOf(n) === END_MARK) as XmlNode;
    expect(mark).toBeDefined();
    expect(items[items.indexOf(mark) - 1]?.name).toBe('w:tbl');
  });
});

describe('tables', () => {
  it('have explicit widths scaled to the text width, borders, a repeated header row and rows that never split', async () => {
    const { doc } = await buildParts(minimalDraft());
    const tbl = bodyChildren(doc).filter((n) => n.name === 'w:tbl')[1] as XmlNode; // [0] is the header table
    const widths = gridWidths(tbl);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(widths[1]).toBeGreaterThan((widths[0] ?? 0) * 4.9);
    const rows = rowsOf(tbl);
    expect(rows.map((r) => all(r, 'w:tblHeader').length)).toEqual([1, 0, 0, 0]);
    expect(rows.every((r) => all(r, 'w:cantSplit').length === 1)).toBe(true);
    const borders = first(tbl, 'w:tblBorders') as XmlNode;
    expect(borders.children.every((b) => b.attrs['w:val'] === 'single')).toBe(true);
    const lastRow = rows[3] as XmlNode;
    expect(first(cellsOf(lastRow)[0] as XmlNode, 'w:gridSpan')?.attrs['w:val']).toBe('2');
    expect(all(tbl, 'w:tcW').every((w) => w.attrs['w:type'] === 'dxa')).toBe(true);
    expect(paragraphWith(doc, 'Bảng 1. Kết quả tuyên truyền')).toBeDefined();
  });

  it('keeps two adjacent tables apart with a paragraph', async () => {
    const table = { type: 'table' as const, columnWidths: [1], headerRows: 0, rows: [{ cells: [{ paragraphs: [[{ type: 'text' as const, text: 'A' }]] }] }] };
    const { doc } = await buildParts(minimalDraft({ opening: [table, table] }));
    const items = bodyChildren(doc);
    const i = items.findIndex((n, k) => k > 0 && n.name === 'w:tbl');
    expect(items[i + 1]?.name).toBe('w:p');
    expect(items[i + 2]?.name).toBe('w:tbl');
  });
});

describe('footnotes', () => {
  it('are real footnotes: bodies in footnotes.xml, references in document.xml, in order', async () => {
    const { doc, part } = await buildParts(fullFeatureDraft());
    const refs = all(doc, 'w:footnoteReference').map((r) => r.attrs['w:id']);
    expect(refs).toEqual(['1', '2', '3', '4']);
    const notes = all(part('word/footnotes.xml'), 'w:footnote').filter((n) => Number(n.attrs['w:id']) > 0);
    expect(notes.map((n) => textOf(n))).toEqual([
      'Kế hoạch tuyên truyền cải cách hành chính năm 2023.',
      'Số liệu đến ngày 15 tháng 11 năm 2023.',
      'Tính cả tin đăng lại từ báo Trung ương.',
      'Nguồn: Cổng thông tin điện tử tỉnh.',
    ]);
    const noteRun = textRunsOf(notes[0] as XmlNode)[0] as XmlNode;
    const notePara = all(notes[0] as XmlNode, 'w:p')[0] as XmlNode;
    expect(paraProp(notePara, 'w:pStyle')?.attrs['w:val']).toBe('FootnoteText');
    expect(effectiveSize(part('word/styles.xml'), notePara, noteRun)).toBe('24');
    expect(kids(notes[0]?.children[0] as XmlNode, 'w:pPr').length).toBe(1);
  });
});
