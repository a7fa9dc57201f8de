import { describe, expect, it } from 'vitest';
import { BLANK_NUMBER } from '../../shared/domain/doc-number';
import { appendixLabel, appendixReference } from '../../shared/layout/appendix-plan';
import { fullFeatureDraft } from './test-drafts';
import { all, bodyChildren, buildParts, effectiveSize, first, kids, paragraphWith, paraProp, runProp, textOf, textRunsOf, type XmlNode } from './test-xml';

/** Body-level elements split into sections (a section ends at the paragraph holding its sectPr). */
function sections(doc: XmlNode): XmlNode[][] {
  const out: XmlNode[][] = [[]];
  for (const item of bodyChildren(doc)) {
    out[out.length - 1]?.push(item);
    if (item.name === 'w:p' && first(item, 'w:sectPr')) out.push([]);
  }
  return out;
}

describe('appendices', () => {
  it('each is its own section, on a new page, with page numbers restarting at 1', async () => {
    const { doc } = await buildParts(fullFeatureDraft());
    const sectPrs = all(doc, 'w:sectPr');
    expect(sectPrs).toHaveLength(3);
    for (const s of sectPrs) {
      expect(first(s, 'w:pgNumType')?.attrs['w:start']).toBe('1');
      expect(kids(s, 'w:titlePg')).toHaveLength(1);
      const type = first(s, 'w:type')?.attrs['w:val'];
      expect(type === undefined || type === 'nextPage').toBe(true);
      expect(all(s, 'w:headerReference').map((r) => r.attrs['w:type']).sort()).toEqual(['default', 'first']);
    }
    const parts = sections(doc);
    expect(textOf(parts[1]?.[0] as XmlNode)).toBe('Phụ lục I');
    expect(textOf(parts[2]?.[0] as XmlNode)).toBe('Phụ lục II');
  });

  it('prints the label bold 14 pt, the title in capitals bold and the italic reference line with blanks', async () => {
    const { doc, part } = await buildParts(fullFeatureDraft());
    const label = paragraphWith(doc, 'Phụ lục I') as XmlNode;
    const labelRun = textRunsOf(label)[0] as XmlNode;
    expect([runProp(labelRun, 'w:b'), effectiveSize(part('word/styles.xml'), label, labelRun)]).toEqual(['true', '28']);
    const title = paragraphWith(doc, 'DANH MỤC HỘI NGHỊ TUYÊN TRUYỀN') as XmlNode;
    expect(runProp(textRunsOf(title)[0] as XmlNode, 'w:b')).toBe('true');
    const ref = paragraphWith(doc, '(Kèm theo Báo cáo số') as XmlNode;
    expect(textOf(ref)).toBe(
      `(Kèm theo Báo cáo số ${BLANK_NUMBER}/BC-STTTT ngày ${BLANK_NUMBER} tháng 11 năm 2023 của Sở Thông tin và Truyền thông)`,
    );
    expect(runProp(textRunsOf(ref)[0] as XmlNode, 'w:i')).toBe('true');
    for (const p of [label, title, ref]) expect(paraProp(p, 'w:jc')?.attrs['w:val']).toBe('center');
    const items = bodyChildren(doc);
    const rule = items[items.indexOf(ref) + 1] as XmlNode;
    expect(paraProp(rule, 'w:pBdr')).toBeDefined();
  });

  it('numbers its sections separately and ends its content with "./."', async () => {
    const { doc } = await buildParts(fullFeatureDraft());
    const parts = sections(doc);
    const second = parts[2] ?? [];
    expect(second.map(textOf)).toContain('I. CỔNG THÔNG TIN ĐIỆN TỬ');
    expect(textOf(parts[1]?.find((p) => textOf(p).startsWith('Danh sách')) as XmlNode)).toBe('Danh sách 24 hội nghị đã tổ chức trong năm./.');
    // After a footnote mark the full stop moves into the end mark: "bài¹./.".
    const last = second.find((p) => textOf(p).startsWith('Đăng tải')) as XmlNode;
    expect(textOf(last)).toBe('Đăng tải 1.250 tin, bài./.');
    expect(all(last, 'w:footnoteReference')).toHaveLength(1);
  });

  it('is just "Phụ lục" when there is only one', () => {
    expect(appendixLabel(0, 1)).toBe('Phụ lục');
    expect(appendixLabel(1, 3)).toBe('Phụ lục II');
  });

  it('fills the reference line once the number and day are known', () => {
    const draft = fullFeatureDraft();
    draft.header.number = '8';
    draft.header.date = { day: 4, month: 2, year: 2024 };
    expect(appendixReference(draft)).toBe('(Kèm theo Báo cáo số 08/BC-STTTT ngày 04 tháng 02 năm 2024 của Sở Thông tin và Truyền thông)');
  });
});
