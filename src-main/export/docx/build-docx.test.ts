import { describe, expect, it } from 'vitest';
import { QUOC_HIEU, TIEU_NGU } from '../../shared/layout/constants';
import { fullFeatureDraft, minimalDraft } from './test-drafts';
import { all, buildParts, effectiveSize, first, kids, layoutWith, paragraphWith, paraProp, runProp, textOf, textRunsOf, type XmlNode } from './test-xml';

const sectPrs = (doc: XmlNode): XmlNode[] => all(doc, 'w:sectPr');

/** The printed size (half-points) of the first text run of the paragraph holding `needle`. */
function sizeIn(styles: XmlNode, doc: XmlNode, needle: string): string | undefined {
  const p = paragraphWith(doc, needle);
  const run = p ? textRunsOf(p)[0] : undefined;
  return p && run ? effectiveSize(styles, p, run) : undefined;
}

describe('page setup', () => {
  it('is A4 portrait with the default margins 20/20/30/15 mm in every section', async () => {
    const { doc } = await buildParts(fullFeatureDraft());
    const sections = sectPrs(doc);
    expect(sections).toHaveLength(3); // main text and two appendices
    for (const s of sections) {
      expect(first(s, 'w:pgSz')?.attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' });
      expect(first(s, 'w:pgMar')?.attrs).toMatchObject({ 'w:top': '1134', 'w:bottom': '1134', 'w:left': '1701', 'w:right': '850', 'w:header': '567' });
      expect(kids(s, 'w:titlePg')).toHaveLength(1);
    }
  });

  it('uses the margins of the layout', async () => {
    const layout = layoutWith({ margins: { top: 25, bottom: 22, left: 35, right: 20 } });
    const { doc } = await buildParts(minimalDraft(), layout);
    expect(first(doc, 'w:pgMar')?.attrs).toMatchObject({ 'w:top': '1417', 'w:bottom': '1247', 'w:left': '1984', 'w:right': '1134' });
  });
});

describe('fonts and language', () => {
  it('sets Times New Roman in all four slots, black, vi-VN, in the document defaults', async () => {
    const { part } = await buildParts(minimalDraft());
    const rPr = first(first(part('word/styles.xml'), 'w:rPrDefault') as XmlNode, 'w:rPr') as XmlNode;
    expect(kids(rPr, 'w:rFonts')[0]?.attrs).toEqual({
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
      'w:cs': 'Times New Roman',
      'w:eastAsia': 'Times New Roman',
    });
    expect(kids(rPr, 'w:lang')[0]?.attrs['w:val']).toBe('vi-VN');
    expect(kids(rPr, 'w:color')[0]?.attrs['w:val']).toBe('000000');
    expect(kids(rPr, 'w:sz')[0]?.attrs['w:val']).toBe('28');
  });

  it('never names another font and never colours body text', async () => {
    const { xml } = await buildParts(minimalDraft());
    const fonts = [...(xml.get('word/document.xml') ?? '').matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(fonts).size <= 1 && fonts.every((f) => f === 'Times New Roman')).toBe(true);
    const colours = [...(xml.get('word/document.xml') ?? '').matchAll(/<w:color w:val="([^"]+)"/g)].map((m) => m[1]);
    expect(colours.every((c) => c === '000000')).toBe(true);
  });
});

describe.each([
  { preset: 14 as const, qh: '26', tn: '28', date: '28', body: '28', agency: '26', page: '28', title: '28' },
  { preset: 13 as const, qh: '24', tn: '26', date: '26', body: '26', agency: '24', page: '26', title: '26' },
])('size preset $preset', (want) => {
  it('applies the §2.2 table consistently (half-points)', async () => {
    const { doc, part } = await buildParts(fullFeatureDraft(), layoutWith({ sizePreset: want.preset }));
    const sizeOf = (d: XmlNode, needle: string) => sizeIn(part('word/styles.xml'), d, needle);
    expect(sizeOf(doc, QUOC_HIEU)).toBe(want.qh);
    expect(sizeOf(doc, TIEU_NGU)).toBe(want.tn);
    expect(sizeOf(doc, 'ngày')).toBe(want.date);
    expect(sizeOf(doc, 'SỞ THÔNG TIN VÀ')).toBe(want.agency);
    expect(sizeOf(doc, 'UBND TỈNH QUẢNG TRỊ')).toBe(want.agency);
    expect(sizeOf(doc, 'Số:')).toBe('26'); // Số is 13 pt in both presets
    expect(sizeOf(doc, 'BÁO CÁO')).toBe(want.title);
    expect(sizeOf(doc, 'Thực hiện Kế hoạch')).toBe(want.body);
    expect(sizeOf(doc, 'I. KẾT QUẢ')).toBe(want.body);
    expect(sizeOf(doc, 'KT. GIÁM ĐỐC')).toBe(want.body);
    expect(sizeOf(doc, 'Nơi nhận:')).toBe('24'); // 12 pt only
    expect(sizeOf(doc, '- Lưu: VT')).toBe('22'); // 11 pt only
    expect(sizeOf(doc, 'Phụ lục I')).toBe('28'); // 14 pt only
    const header = all(part('word/header1.xml'), 'w:r').find((r) => runProp(r, 'w:sz'));
    expect(header && runProp(header, 'w:sz')).toBe(want.page);
  });
});

describe('body paragraph style', () => {
  it('is justified with a 1 cm first-line indent, 6 pt before and single spacing by default', async () => {
    const { part, doc } = await buildParts(minimalDraft());
    const style = all(part('word/styles.xml'), 'w:style').find((s) => s.attrs['w:styleId'] === 'NoiDung') as XmlNode;
    expect(first(style, 'w:jc')?.attrs['w:val']).toBe('both');
    expect(first(style, 'w:ind')?.attrs['w:firstLine']).toBe('567');
    const spacing = first(style, 'w:spacing')?.attrs ?? {};
    expect(Number(spacing['w:before'])).toBeGreaterThanOrEqual(120);
    expect(spacing).toMatchObject({ 'w:line': '240', 'w:lineRule': 'auto' });
    const body = paragraphWith(doc, 'Thực hiện Kế hoạch') as XmlNode;
    expect(paraProp(body, 'w:pStyle')?.attrs['w:val']).toBe('NoiDung');
  });

  it('follows the indent and line-spacing settings', async () => {
    const { part } = await buildParts(minimalDraft(), layoutWith({ firstLineIndentCm: 1.27, lineSpacing: 1.5, paragraphSpacingPt: 8 }));
    const style = all(part('word/styles.xml'), 'w:style').find((s) => s.attrs['w:styleId'] === 'NoiDung') as XmlNode;
    expect(first(style, 'w:ind')?.attrs['w:firstLine']).toBe('720');
    expect(first(style, 'w:spacing')?.attrs).toMatchObject({ 'w:before': '160', 'w:line': '360' });
  });
});

describe('page numbers', () => {
  it('has a centred PAGE field in the default header and an empty first-page header', async () => {
    const { doc, part, xml } = await buildParts(minimalDraft());
    const refs = all(doc, 'w:headerReference');
    const target = (type: string) => refs.find((r) => r.attrs['w:type'] === type)?.attrs['r:id'];
    const rels = xml.get('word/_rels/document.xml.rels') ?? '';
    const file = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    const defaultHeader = part(`word/${file(target('default'))}`);
    const firstHeader = part(`word/${file(target('first'))}`);
    expect(all(defaultHeader, 'w:instrText').map((n) => n.text.trim())).toEqual(['PAGE']);
    expect(first(defaultHeader, 'w:jc')?.attrs['w:val']).toBe('center');
    expect(textOf(firstHeader).trim()).toBe('');
    expect(all(firstHeader, 'w:instrText')).toHaveLength(0);
  });
});

describe('robustness', () => {
  it('turns "\\t" and "\\n" inside a paragraph into w:tab and w:br, never raw characters', async () => {
    const { doc, xml } = await buildParts(minimalDraft());
    const p = paragraphWith(doc, 'thường xuyên.') as XmlNode;
    expect(all(p, 'w:tab').length).toBeGreaterThan(0);
    expect(all(p, 'w:br').length).toBeGreaterThan(0);
    expect(textOf(p)).toContain('thường xuyên.\tKết quả\nđạt yêu cầu.');
    for (const t of all(doc, 'w:t')) expect(t.text).not.toMatch(/[\t\n\r]/);
    expect(xml.get('word/document.xml')).not.toMatch(/<w:t[^>]*>[^<]*[\t\n][^<]*<\/w:t>/);
  });

  it('tells Word not to stretch justified lines that end in a manual break', async () => {
    const { part } = await buildParts(minimalDraft());
    expect(all(part('word/settings.xml'), 'w:doNotExpandShiftReturn')).toHaveLength(1);
  });

  it('reports no removed characters for clean text', async () => {
    expect((await buildParts(fullFeatureDraft())).removedCharacters).toBe(0);
  });
});
