import { describe, expect, it } from 'vitest';
import { BLANK_NUMBER } from '../../shared/domain/doc-number';
import { HEADER_CELL_PADDING, HEADER_OVERHANG, QUOC_HIEU, TIEU_NGU } from '../../shared/layout/constants';
import { headerColumns } from '../../shared/layout/header-plan';
import { pageGeometry } from '../../shared/layout/page-geometry';
import { sizesFor } from '../../shared/layout/sizes';
import { longestLineTwips, textWidthTwips } from '../../shared/layout/text-width';
import { fullFeatureDraft, minimalDraft } from './test-drafts';
import { all, bodyChildren, buildParts, cellsOf, first, gridWidths, kids, layoutWith, paraProp, rowsOf, runProp, textOf, textRunsOf, type XmlNode } from './test-xml';

async function headerTable(draft = minimalDraft(), layout = layoutWith()): Promise<XmlNode> {
  const { doc } = await buildParts(draft, layout);
  const tbl = bodyChildren(doc)[0];
  if (tbl?.name !== 'w:tbl') throw new Error('the document does not start with the header table');
  return tbl;
}

/** Paragraphs of a cell that draw a rule (a bottom border and no text). */
const rules = (cell: XmlNode): XmlNode[] => kids(cell, 'w:p').filter((p) => paraProp(p, 'w:pBdr') && textOf(p) === '');
/** Printed rule length: the container minus both indents. */
function ruleLength(p: XmlNode, container: number): number {
  const ind = paraProp(p, 'w:ind')?.attrs ?? {};
  return container - Number(ind['w:left'] ?? 0) - Number(ind['w:right'] ?? 0);
}
const paragraphs = (cell: XmlNode): string[] => kids(cell, 'w:p').map(textOf).filter(Boolean);

describe('header table', () => {
  it('is a borderless 2 × 2 table with explicit widths, running 3.5 mm into both margins', async () => {
    const tbl = await headerTable();
    expect(rowsOf(tbl)).toHaveLength(2);
    for (const row of rowsOf(tbl)) expect(cellsOf(row)).toHaveLength(2);
    const borders = first(kids(tbl, 'w:tblPr')[0] as XmlNode, 'w:tblBorders') as XmlNode;
    expect(borders.children.map((b) => b.attrs['w:val'])).toEqual(['none', 'none', 'none', 'none', 'none', 'none']);
    const [left = 0, right = 0] = gridWidths(tbl);
    const textWidth = 11906 - 1701 - 850;
    expect(left + right).toBe(textWidth + 2 * HEADER_OVERHANG);
    expect(left / (left + right)).toBeGreaterThan(0.37);
    expect(left / (left + right)).toBeLessThanOrEqual(0.4);
    expect(first(tbl, 'w:tblInd')?.attrs).toMatchObject({ 'w:w': String(-HEADER_OVERHANG), 'w:type': 'dxa' });
    expect(first(tbl, 'w:tblLayout')?.attrs['w:type']).toBe('fixed');
    expect(all(tbl, 'w:tcW').map((w) => w.attrs['w:type'])).toEqual(['dxa', 'dxa', 'dxa', 'dxa']);
  });

  it('widens the right column so the 13 pt quốc hiệu fits even with the widest margins', async () => {
    for (const margins of [{ top: 20, bottom: 20, left: 30, right: 15 }, { top: 25, bottom: 25, left: 35, right: 20 }]) {
      const layout = layoutWith({ margins });
      const cols = headerColumns(pageGeometry(layout), sizesFor(layout.sizePreset));
      expect(cols.right - 2 * HEADER_CELL_PADDING).toBeGreaterThan(textWidthTwips(QUOC_HIEU, 13, 'bold') * 1.02);
      const tbl = await headerTable(minimalDraft(), layout);
      expect(gridWidths(tbl)).toEqual([cols.left, cols.right]);
    }
  });

  it('puts agency and quốc hiệu on row 1, Số and the date on row 2', async () => {
    const tbl = await headerTable();
    const [row1, row2] = rowsOf(tbl) as [XmlNode, XmlNode];
    const [a, b] = cellsOf(row1) as [XmlNode, XmlNode];
    const [c, d] = cellsOf(row2) as [XmlNode, XmlNode];
    // The name wraps at 13 pt, so it is set in two even lines.
    expect(paragraphs(a)).toEqual(['UBND TỈNH QUẢNG TRỊ', 'SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG']);
    expect(paragraphs(b)).toEqual([QUOC_HIEU, TIEU_NGU]);
    expect(paragraphs(c)).toEqual([`Số: ${BLANK_NUMBER}/BC-STTTT`]);
    expect(paragraphs(d)).toEqual([`Quảng Trị, ngày ${BLANK_NUMBER} tháng 11 năm 2023`]);
    for (const cell of [a, b, c, d]) expect(first(cell, 'w:vAlign')?.attrs['w:val']).toBe('top');
    for (const p of all(tbl, 'w:p').filter((x) => textOf(x))) expect(paraProp(p, 'w:jc')?.attrs['w:val']).toBe('center');
  });

  it('prints the parent agency in capitals not bold, the issuing agency bold, quốc hiệu and tiêu ngữ bold', async () => {
    const draft = minimalDraft();
    draft.header.parentAgency = 'Ubnd tỉnh Quảng Trị';
    const tbl = await headerTable(draft);
    const runOf = (text: string) => all(tbl, 'w:r').find((r) => textOf(r).trim() === text) as XmlNode;
    expect(runOf('UBND TỈNH QUẢNG TRỊ')).toBeDefined();
    expect(runProp(runOf('UBND TỈNH QUẢNG TRỊ'), 'w:b')).toBeUndefined();
    expect(runProp(runOf('SỞ THÔNG TIN VÀ'), 'w:b')).toBe('true');
    expect(runProp(runOf('TRUYỀN THÔNG'), 'w:b')).toBe('true');
    expect(runProp(runOf(QUOC_HIEU), 'w:b')).toBe('true');
    expect(runProp(runOf(TIEU_NGU), 'w:b')).toBe('true');
    expect(TIEU_NGU).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(TIEU_NGU).not.toMatch(/[–—]/);
    const date = all(tbl, 'w:r').find((r) => textOf(r).includes('ngày')) as XmlNode;
    expect(runProp(date, 'w:i')).toBe('true');
  });

  it('writes the number with a leading zero and the date with the NĐ30 padding rule', async () => {
    const draft = minimalDraft();
    draft.header.number = '5';
    draft.header.date = { day: 5, month: 1, year: 2024 };
    let text = textOf(await headerTable(draft));
    expect(text).toContain('Số: 05/BC-STTTT');
    expect(text).toContain('Quảng Trị, ngày 05 tháng 01 năm 2024');
    draft.header.number = '15';
    draft.header.date = { day: 29, month: 3, year: 2024 };
    text = textOf(await headerTable(draft));
    expect(text).toContain('Số: 15/BC-STTTT');
    expect(text).toContain('ngày 29 tháng 3 năm 2024');
    expect(text).not.toContain('tháng 03');
  });

  it('draws the tiêu ngữ rule as long as the tiêu ngữ and the agency rule 1/3–1/2 of the agency line', async () => {
    const tbl = await headerTable();
    const [left = 0, right = 0] = gridWidths(tbl);
    const [a, b] = cellsOf(rowsOf(tbl)[0] as XmlNode) as [XmlNode, XmlNode];
    const [agencyRule] = rules(a);
    const [tnRule] = rules(b);
    expect(agencyRule && tnRule).toBeTruthy();
    const tnWidth = textWidthTwips(TIEU_NGU, 14, 'bold');
    expect(Math.abs(ruleLength(tnRule as XmlNode, right - 2 * HEADER_CELL_PADDING) - tnWidth)).toBeLessThanOrEqual(2);
    // At 13 pt the name wraps and is set as "SỞ THÔNG TIN VÀ" / "TRUYỀN THÔNG".
    const agencyLine = longestLineTwips('SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG', 13, 'bold', left - 2 * HEADER_CELL_PADDING);
    expect(agencyLine).toBe(textWidthTwips('SỞ THÔNG TIN VÀ', 13, 'bold'));
    const agency = ruleLength(agencyRule as XmlNode, left - 2 * HEADER_CELL_PADDING);
    expect(agency).toBeGreaterThanOrEqual(agencyLine / 3 - 2);
    expect(agency).toBeLessThanOrEqual(agencyLine / 2 + 2);
    const border = first(agencyRule as XmlNode, 'w:bottom')?.attrs ?? {};
    expect(border).toMatchObject({ 'w:val': 'single', 'w:sz': '6', 'w:color': '000000' });
  });

  it('derives the agency rule from the text: a longer name gets a longer rule', async () => {
    const lengthFor = async (name: string) => {
      const draft = minimalDraft();
      draft.header.issuingAgency = name;
      const tbl = await headerTable(draft);
      const [left = 0] = gridWidths(tbl);
      const rule = rules(cellsOf(rowsOf(tbl)[0] as XmlNode)[0] as XmlNode)[0] as XmlNode;
      return ruleLength(rule, left - 2 * HEADER_CELL_PADDING);
    };
    const short = await lengthFor('SỞ NỘI VỤ');
    const long = await lengthFor('SỞ TƯ PHÁP TỈNH');
    expect(long).toBeGreaterThan(short);
  });

  it('uses the rule weight setting (0.5 pt = 4 eighths)', async () => {
    const tbl = await headerTable(minimalDraft(), layoutWith({ ruleWeightPt: 0.5 }));
    const weights = all(tbl, 'w:pBdr').map((b) => first(b, 'w:bottom')?.attrs['w:sz']);
    expect(weights).toEqual(['4', '4']);
  });

  it('has no row 0 without marks and one with the draft and circulation marks', async () => {
    expect(rowsOf(await headerTable(minimalDraft()))).toHaveLength(2);
    const tbl = await headerTable(fullFeatureDraft());
    expect(rowsOf(tbl)).toHaveLength(3);
    const [draftCell, circulationCell] = cellsOf(rowsOf(tbl)[0] as XmlNode) as [XmlNode, XmlNode];
    expect(textOf(draftCell)).toBe('DỰ THẢO');
    expect(textOf(circulationCell)).toBe('LƯU HÀNH NỘI BỘ');
    expect(textRunsOf(kids(rowsOf(tbl)[1] as XmlNode, 'w:tc')[1] as XmlNode).map(textOf)[0]).toBe(QUOC_HIEU);
  });
});
