import { describe, expect, it } from 'vitest';
import type { Marks } from '../../shared/domain/draft-schema';
import { fullFeatureDraft, minimalDraft } from './test-drafts';
import { all, bodyChildren, buildParts, cellsOf, first, kids, rowsOf, runProp, textOf, textRunsOf, type XmlNode } from './test-xml';
import { mmToTwips } from '../../shared/layout/units';

const NO_MARKS: Marks = { urgency: '', secrecy: '', circulation: '', draftMark: false, addressLine: '' };

async function header(marks: Partial<Marks>): Promise<XmlNode> {
  const { doc } = await buildParts(minimalDraft({ marks: { ...NO_MARKS, ...marks } }));
  return bodyChildren(doc)[0] as XmlNode;
}
/** The nested frame tables of a cell. */
const frames = (cell: XmlNode): XmlNode[] => kids(cell, 'w:tbl');

describe('urgency and secrecy stamps', () => {
  it.each([
    ['KHẨN', 20],
    ['THƯỢNG KHẨN', 40],
    ['HỎA TỐC', 30],
  ] as const)('frames %s in a %i × 8 mm red box in the left column below Số', async (urgency, widthMm) => {
    const tbl = await header({ urgency });
    const numberCell = cellsOf(rowsOf(tbl)[1] as XmlNode)[0] as XmlNode;
    expect(textOf(kids(numberCell, 'w:p')[0] as XmlNode)).toMatch(/^Số:/);
    const [frame] = frames(numberCell);
    expect(frame).toBeDefined();
    expect(first(frame as XmlNode, 'w:gridCol')?.attrs['w:w']).toBe(String(mmToTwips(widthMm)));
    expect(first(frame as XmlNode, 'w:trHeight')?.attrs).toMatchObject({ 'w:val': String(mmToTwips(8)), 'w:hRule': 'exact' });
    const run = textRunsOf(frame as XmlNode)[0] as XmlNode;
    expect(textOf(run)).toBe(urgency);
    expect([runProp(run, 'w:b'), runProp(run, 'w:color')]).toEqual(['true', 'FF0000']);
    expect(all(frame as XmlNode, 'w:top').some((b) => b.attrs['w:val'] === 'single' && b.attrs['w:color'] === 'FF0000')).toBe(true);
    // A cell must end with a paragraph.
    expect(numberCell.children[numberCell.children.length - 1]?.name).toBe('w:p');
  });

  it('puts MẬT above the urgency stamp, bold capitals', async () => {
    const tbl = await header({ secrecy: 'MẬT', urgency: 'HỎA TỐC' });
    const numberCell = cellsOf(rowsOf(tbl)[1] as XmlNode)[0] as XmlNode;
    expect(frames(numberCell).map(textOf)).toEqual(['MẬT', 'HỎA TỐC']);
    expect(runProp(textRunsOf(frames(numberCell)[0] as XmlNode)[0] as XmlNode, 'w:b')).toBe('true');
  });
});

describe('circulation and draft marks', () => {
  it('frames LƯU HÀNH NỘI BỘ above the quốc hiệu and DỰ THẢO at the top left', async () => {
    const tbl = await header({ circulation: 'XEM XONG TRẢ LẠI', draftMark: true });
    expect(rowsOf(tbl)).toHaveLength(3);
    const [left, right] = cellsOf(rowsOf(tbl)[0] as XmlNode) as [XmlNode, XmlNode];
    expect(frames(left).map(textOf)).toEqual(['DỰ THẢO']);
    expect(frames(right).map(textOf)).toEqual(['XEM XONG TRẢ LẠI']);
    expect(runProp(textRunsOf(frames(left)[0] as XmlNode)[0] as XmlNode, 'w:b')).toBe('true');
  });

  it('prints no marks when none are set', async () => {
    const tbl = await header({});
    expect(rowsOf(tbl)).toHaveLength(2);
    expect(textOf(tbl)).not.toMatch(/KHẨN|MẬT|DỰ THẢO|LƯU HÀNH/);
  });
});

describe('address line (ô 13)', () => {
  it('sits in the first-page footer under a full-width rule; later pages have an empty footer', async () => {
    const { doc, part, xml } = await buildParts(fullFeatureDraft());
    const main = all(doc, 'w:sectPr')[0] as XmlNode;
    const rels = xml.get('word/_rels/document.xml.rels') ?? '';
    const fileOf = (type: string): string => {
      const id = all(main, 'w:footerReference').find((r) => r.attrs['w:type'] === type)?.attrs['r:id'];
      return /Target="([^"]+)"/.exec(rels.split('<Relationship ').find((r) => r.includes(`Id="${id}"`)) ?? '')?.[1] ?? '';
    };
    const firstFooter = part(`word/${fileOf('first')}`);
    expect(textOf(firstFooter)).toContain('Địa chỉ: 01 Hùng Vương');
    const border = first(firstFooter, 'w:pBdr') as XmlNode;
    expect(first(border, 'w:top')?.attrs['w:val']).toBe('single');
    expect(first(firstFooter, 'w:ind')?.attrs).toMatchObject({ 'w:left': '0', 'w:right': '0' });
    expect(runProp(textRunsOf(firstFooter)[0] as XmlNode, 'w:sz')).toBe('22');
    expect(textOf(part(`word/${fileOf('default')}`)).trim()).toBe('');
  });
});
