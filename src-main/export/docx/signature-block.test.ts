import { describe, expect, it } from 'vitest';
import { signerBlockLines } from '../../shared/domain/signer-rules';
import { SIGNATURE_LEFT_SHARE } from '../../shared/layout/constants';
import { archiveLine, drafterMark } from '../../shared/layout/signature-plan';
import { fullFeatureDraft, minimalDraft, SIGNER_VARIANTS } from './test-drafts';
import { all, bodyChildren, buildParts, cellsOf, first, gridWidths, kids, paraProp, rowsOf, runProp, textOf, textRunsOf, type XmlNode } from './test-xml';

const TEXT_WIDTH = 11906 - 1701 - 850;

/** The signature table: the last table of the main section. */
async function signatureTable(draft = minimalDraft()): Promise<XmlNode> {
  const { doc } = await buildParts(draft);
  const tables = bodyChildren(doc).filter((n) => n.name === 'w:tbl');
  return tables[tables.length - 1] as XmlNode;
}
const lines = (cell: XmlNode): string[] => kids(cell, 'w:p').map(textOf).filter(Boolean);

describe('signature table', () => {
  it('is a borderless one-row 35/65 table whose row cannot split, both cells top-aligned', async () => {
    const tbl = await signatureTable();
    const [left = 0, right = 0] = gridWidths(tbl);
    expect(left + right).toBe(TEXT_WIDTH);
    expect(left).toBe(Math.round(TEXT_WIDTH * SIGNATURE_LEFT_SHARE));
    const rows = rowsOf(tbl);
    expect(rows).toHaveLength(1);
    expect(all(rows[0] as XmlNode, 'w:cantSplit')).toHaveLength(1);
    expect((first(tbl, 'w:tblBorders') as XmlNode).children.every((b) => b.attrs['w:val'] === 'none')).toBe(true);
    for (const cell of cellsOf(rows[0] as XmlNode)) expect(first(cell, 'w:vAlign')?.attrs['w:val']).toBe('top');
  });

  it('prints "Nơi nhận:" 12 pt bold italic and the list 11 pt, ending with the Lưu line and ô 12', async () => {
    const tbl = await signatureTable();
    const left = cellsOf(rowsOf(tbl)[0] as XmlNode)[0] as XmlNode;
    expect(lines(left)).toEqual(['Nơi nhận:', '- Như trên;', '- Giám đốc Sở (b/c);', '- Các Phó Giám đốc Sở;', '- Lưu: VT, TTBCXB. PL.(300).']);
    const [label, ...list] = kids(left, 'w:p');
    const labelRun = textRunsOf(label as XmlNode)[0] as XmlNode;
    expect([runProp(labelRun, 'w:sz'), runProp(labelRun, 'w:b'), runProp(labelRun, 'w:i')]).toEqual(['24', 'true', 'true']);
    for (const p of list) for (const r of textRunsOf(p)) expect([runProp(r, 'w:sz'), runProp(r, 'w:b')]).toEqual(['22', undefined]);
  });

  it('sets "Nơi nhận:" level with the first authority line: both open their cells with no spacing', async () => {
    const tbl = await signatureTable();
    const [left, right] = cellsOf(rowsOf(tbl)[0] as XmlNode) as [XmlNode, XmlNode];
    const firstLeft = kids(left, 'w:p')[0] as XmlNode;
    const firstRight = kids(right, 'w:p')[0] as XmlNode;
    expect(textOf(firstLeft)).toBe('Nơi nhận:');
    expect(textOf(firstRight)).toBe('KT. GIÁM ĐỐC');
    expect(paraProp(firstLeft, 'w:spacing')?.attrs['w:before']).toBe('0');
    expect(paraProp(firstRight, 'w:spacing')?.attrs['w:before']).toBe('0');
    const top = (cell: XmlNode) => first(cell, 'w:tcMar')?.children.find((c) => c.name === 'w:top')?.attrs['w:w'];
    expect(top(left)).toBe(top(right));
  });

  it('adds "- Như trên;" first for a report with Kính gửi when it is missing', async () => {
    const draft = minimalDraft({ kinhGui: ['Ủy ban nhân dân tỉnh'], noiNhan: { recipients: ['Sở Nội vụ;'], archive: 'VP' }, drafter: { code: '', copies: null } });
    const left = cellsOf(rowsOf(await signatureTable(draft))[0] as XmlNode)[0] as XmlNode;
    expect(lines(left)).toEqual(['Nơi nhận:', '- Như trên;', '- Sở Nội vụ;', '- Lưu: VT, VP.']);
  });

  it('keeps the block off the top of a page: the paragraph before it keeps with the next', async () => {
    const { doc } = await buildParts(minimalDraft());
    const items = bodyChildren(doc);
    const tables = items.filter((n) => n.name === 'w:tbl');
    const before = items[items.indexOf(tables[tables.length - 1] as XmlNode) - 1] as XmlNode;
    expect(paraProp(before, 'w:keepNext')).toBeDefined();
  });

  it.each(Object.entries(SIGNER_VARIANTS))('prints the authority lines of prefix %s, a signature gap and the name in bold', async (key, signer) => {
    const want: Record<keyof typeof SIGNER_VARIANTS, string[]> = {
      none: ['GIÁM ĐỐC'],
      'TM.': ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
      'KT.': ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      'TL.': ['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG'],
      'TUQ.': ['TUQ. GIÁM ĐỐC', 'TRƯỞNG PHÒNG HÀNH CHÍNH'],
      'Q.': ['Q. GIÁM ĐỐC'],
      'TM. KT.': ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      'TL. KT.': ['TL. GIÁM ĐỐC', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'],
    };
    const tbl = await signatureTable(minimalDraft({ signer }));
    const right = cellsOf(rowsOf(tbl)[0] as XmlNode)[1] as XmlNode;
    const paragraphs = kids(right, 'w:p');
    const expected = want[key as keyof typeof SIGNER_VARIANTS];
    expect(paragraphs.map(textOf)).toEqual([...expected, signer.name]);
    for (const p of paragraphs) {
      expect(paraProp(p, 'w:jc')?.attrs['w:val']).toBe('center');
      for (const r of textRunsOf(p)) expect(runProp(r, 'w:b')).toBe('true');
    }
    // About 4 blank lines for signature and seal: 4 × 14 pt × 1.5 = 84 pt = 1680 twips.
    expect(paraProp(paragraphs[paragraphs.length - 1] as XmlNode, 'w:spacing')?.attrs['w:before']).toBe('1680');
  });
});

describe('signature helpers', () => {
  it('build authority lines, ô 12 and the Lưu line', () => {
    const linesOf = (s: Parameters<typeof signerBlockLines>[0]) => { const l = signerBlockLines(s); return [...l.authority, ...l.title]; };
    expect(linesOf({ authority: [{ prefix: 'KT.', title: 'Giám đốc' }], title: 'Phó Giám đốc', name: '' })).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(linesOf({ authority: [{ prefix: 'Q.', title: 'GIÁM ĐỐC' }], title: 'Giám đốc', name: '' })).toEqual(['Q. GIÁM ĐỐC']);
    expect(linesOf({ authority: [], title: 'Giám đốc', name: '' })).toEqual(['GIÁM ĐỐC']);
    expect(drafterMark({ code: 'pl', copies: 300 })).toBe('PL.(300)');
    expect(drafterMark({ code: 'PL.', copies: null })).toBe('PL');
    expect(drafterMark({ code: '', copies: null })).toBe('');
    expect(archiveLine('VT, NVĐP.', { code: '', copies: null })).toBe('- Lưu: VT, NVĐP.');
    expect(archiveLine('', { code: '', copies: null })).toBe('- Lưu: VT.');
    expect(archiveLine('VP(02)', { code: 'TH', copies: 15 })).toBe('- Lưu: VT, VP(02). TH.(15).');
  });

  it('full-feature draft carries the TM. signer of a collective', async () => {
    const tbl = await signatureTable(fullFeatureDraft({ signer: SIGNER_VARIANTS['TM.'] }));
    expect(textOf(tbl)).toContain('TM. ỦY BAN NHÂN DÂN');
  });
});
