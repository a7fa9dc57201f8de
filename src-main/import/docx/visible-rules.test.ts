/**
 * The rules by which the import reads what a page prints, on a small report written as raw
 * WordprocessingML (not by this app): letters set in "All caps" keep their own case where the
 * layout prints capitals itself and print in capitals elsewhere; a table's header style is the
 * layout's while bold and alignment set on the run or paragraph are the author's; column widths
 * become the simplest proportions; the full stop the end mark stands for; number overrides as
 * short as the layout allows.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Draft, Section } from '../../shared/domain/draft-schema';
import { simplestWeights } from '../../shared/import/tables';
import { scaleWidths } from '../../shared/layout/table-plan';
import { importDocxBytes } from './import-docx';
import { documentXml, miniDocx } from './test-files';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const DOC_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';
/** A header-cell style that is bold and centred, as a template's table style would be. */
const STYLES = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Head"><w:name w:val="Table head"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Centred"><w:name w:val="Centred"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style></w:styles>`;

const esc = (t: string) => t.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
/** A run; `caps` sets it in "All caps". */
const r = (text: string, props: { b?: boolean; caps?: boolean } = {}) =>
  `<w:r><w:rPr>${props.b ? '<w:b/>' : ''}${props.caps ? '<w:caps/>' : ''}</w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
/** A paragraph of runs. */
const p = (runs: string, props: { jc?: string; style?: string } = {}) =>
  `<w:p><w:pPr>${props.style ? `<w:pStyle w:val="${props.style}"/>` : ''}${props.jc ? `<w:jc w:val="${props.jc}"/>` : ''}</w:pPr>${runs}</w:p>`;
const cell = (paragraphs: string) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${paragraphs}</w:tc>`;
const row = (cells: string[], header = false) => `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`;
const border = '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>';
const table = (grid: number[], rows: string[]) => `<w:tbl><w:tblPr>${border}</w:tblPr><w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;

const BODY = [
  p(r('Ủy ban nhân dân tỉnh Bình Định', { caps: true })),
  p(r('Sở Công Thương', { b: true, caps: true })),
  p(r('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { b: true }), { jc: 'center' }),
  p(r('Độc lập - Tự do - Hạnh phúc', { b: true }), { jc: 'center' }),
  p(r('Số: 12/BC-SCT')),
  p(r('Bình Định, ngày 15 tháng 3 năm 2024'), { jc: 'right' }),
  p(r('BÁO CÁO', { b: true }), { jc: 'center' }),
  p(r('Tình hình thực hiện nhiệm vụ quý I năm 2024', { b: true }), { jc: 'center' }),
  p(r('I. ', { b: true }) + r('Kết quả thực hiện', { b: true, caps: true })),
  p(r('1. Lĩnh vực thương mại', { b: true })),
  p(r('Tổng mức bán lẻ tăng ') + r('đáng kể', { caps: true }) + r(' so với cùng kỳ.')),
  p(r('Bảng 1. Kết quả', { b: true }), { jc: 'center' }),
  table(
    [1134, 3402, 2268],
    [
      row([cell(p(r('STT'), { style: 'Head' })), cell(p(r('Nội dung', { b: true }), { style: 'Head' })), cell(p(r('Ghi chú'), { style: 'Head', jc: 'left' }))], true),
      row([cell(p(r('1'), { style: 'Centred' })), cell(p(r('Bán lẻ'))), cell('<w:p><w:pPr><w:rPr><w:i/></w:rPr></w:pPr></w:p>')]),
    ],
  ),
  p(r('3. Lĩnh vực công nghiệp', { b: true })),
  p(r('Sản xuất ổn định.')),
  p(r('d) Điểm thứ tư')),
  p(r('Nội dung điểm.')),
  p(r('e) Điểm typed sau d')),
  p(r('Nội dung cuối năm 2024./.')),
  p(r('Nơi nhận:', { b: true })),
  p(r('- Sở Kế hoạch và Đầu tư;')),
  p(r('- Lưu: VT, VP. ') + r('pl.(30).', { caps: true })),
  p(r('KT. ', { b: true }) + r('Giám đốc', { b: true, caps: true }), { jc: 'center' }),
  p(r('Phó giám đốc', { b: true, caps: true }), { jc: 'center' }),
  p(r('Trần Văn Bình', { b: true }), { jc: 'center' }),
].join('');

const NOW = '2025-03-01T00:00:00.000Z';
const file = () => miniDocx({ 'word/document.xml': documentXml(BODY), 'word/_rels/document.xml.rels': DOC_RELS, 'word/styles.xml': STYLES });

function walk(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...walk(s.children)]);
}
const tableOf = (draft: Draft) => walk(draft.sections).flatMap((s) => s.blocks).find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');

describe('a report written elsewhere, with "All caps" runs and a styled table', () => {
  it('keeps the letters of parts the layout prints in capitals, and prints capitals elsewhere as capitals', async () => {
    const { draft } = await importDocxBytes(file(), { now: NOW });
    expect(draft.header.parentAgency).toBe('Ủy ban nhân dân tỉnh Bình Định');
    expect(draft.header.issuingAgency).toBe('Sở Công Thương');
    expect(draft.sections[0]?.title).toBe('Kết quả thực hiện');
    // A khoản does not print in capitals: a word set in "All caps" in the text is stored as it prints.
    const text = draft.sections[0]?.children[0]?.blocks[0];
    expect(text?.type === 'paragraph' ? text.content.map((c) => (c.type === 'text' ? c.text : '')).join('') : '').toBe('Tổng mức bán lẻ tăng ĐÁNG KỂ so với cùng kỳ.');
    expect(draft.signer).toEqual({ authority: [{ prefix: 'KT.', title: 'Giám đốc' }], title: 'Phó giám đốc', name: 'Trần Văn Bình' });
    expect(draft.drafter).toEqual({ code: 'pl', copies: 30 });
  });

  it('stores what a cell sets itself, not what the layout gives every header cell', async () => {
    const { draft } = await importDocxBytes(file(), { now: NOW });
    const t = tableOf(draft);
    expect(t?.headerRows).toBe(1);
    const [head, body] = t?.rows ?? [];
    // Bold from the header style is the row's; bold on the run is the author's.
    expect(head?.cells.map((c) => c.paragraphs[0])).toEqual([[{ type: 'text', text: 'STT' }], [{ type: 'text', text: 'Nội dung', bold: true }], [{ type: 'text', text: 'Ghi chú' }]]);
    // Centred by the header style: the layout's; set left on the paragraph: kept.
    expect(head?.cells.map((c) => c.align)).toEqual([undefined, undefined, 'left']);
    // Centred by a style in a body row, which the layout sets left: kept. An empty cell is the
    // editor's empty paragraph, with the formatting Word keeps on its paragraph mark.
    expect(body?.cells.map((c) => c.align)).toEqual(['center', undefined, undefined]);
    expect(body?.cells[2]?.paragraphs).toEqual([[{ type: 'text', text: '', italic: true }]]);
    expect(t?.columnWidths).toEqual([1, 3, 2]);
  });

  it('gives the last paragraph back the full stop its "./." stood for, and keeps number overrides short', async () => {
    const { draft } = await importDocxBytes(file(), { now: NOW });
    const all = walk(draft.sections);
    const last = all[all.length - 1]?.blocks.at(-1);
    expect(last?.type === 'paragraph' ? last.content : null).toEqual([{ type: 'text', text: 'Nội dung cuối năm 2024.' }]);
    // Typed numbers the count would print otherwise ("3." after "1.", "d)" and "e)" opening a khoản's
    // points) are kept bare: the layout adds the "." or ")" itself.
    expect(all.map((s) => [s.title, s.numberOverride])).toEqual([
      ['Kết quả thực hiện', undefined],
      ['Lĩnh vực thương mại', undefined],
      ['Lĩnh vực công nghiệp', '3'],
      ['Điểm thứ tư', 'd'],
      ['Điểm typed sau d', 'e'],
    ]);
  });
});

describe('simplestWeights', () => {
  it('finds the smallest whole weights the layout scales back to the same widths', () => {
    expect(simplestWeights(scaleWidths([1, 6, 2, 3], 9355))).toEqual([1, 6, 2, 3]);
    expect(simplestWeights(scaleWidths([0.9, 3.1, 1.1, 1.3], 9071))).toEqual([9, 31, 11, 13]);
  });

  it('keeps widths no small weights reproduce (a table drawn by hand)', () => {
    expect(simplestWeights([1237, 4311, 2003])).toEqual([1237, 4311, 2003]);
    expect(simplestWeights([5000])).toEqual([1]);
  });
});
