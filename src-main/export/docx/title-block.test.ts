import { describe, expect, it } from 'vitest';
import { minimalDraft } from './test-drafts';
import { all, bodyChildren, buildParts, paraProp, runProp, textOf, textRunsOf, type XmlNode } from './test-xml';
import { longestLineTwips, textWidthTwips } from '../../shared/layout/text-width';

const TEXT_WIDTH = 11906 - 1701 - 850;

/** Body-level paragraphs between the header table and the first body paragraph. */
async function titleParagraphs(draft = minimalDraft()): Promise<XmlNode[]> {
  const { doc } = await buildParts(draft);
  const items = bodyChildren(doc);
  const start = items.findIndex((n) => n.name === 'w:p');
  const end = items.findIndex((n) => textOf(n).startsWith('Thực hiện'));
  return items.slice(start, end);
}

describe('title block', () => {
  it('prints "BÁO CÁO" and the trích yếu bold and centred, "\\n" as a chosen line break', async () => {
    const [type, title] = (await titleParagraphs()) as [XmlNode, XmlNode];
    expect(textOf(type)).toBe('BÁO CÁO');
    expect(textOf(title)).toBe('Kết quả công tác tuyên truyền cải cách hành chính\nnăm 2023');
    for (const p of [type, title]) {
      expect(paraProp(p, 'w:jc')?.attrs['w:val']).toBe('center');
      for (const r of textRunsOf(p)) expect(runProp(r, 'w:b')).toBe('true');
    }
    expect(all(title, 'w:br')).toHaveLength(1);
    expect(paraProp(type, 'w:keepNext')).toBeDefined();
  });

  it('draws a rule under the trích yếu, 1/3 to 1/2 of its longest line', async () => {
    const paragraphs = await titleParagraphs();
    const rule = paragraphs[2] as XmlNode;
    expect(textOf(rule)).toBe('');
    expect(paraProp(rule, 'w:pBdr')).toBeDefined();
    const ind = paraProp(rule, 'w:ind')?.attrs ?? {};
    const length = TEXT_WIDTH - Number(ind['w:left']) - Number(ind['w:right']);
    const longest = textWidthTwips('Kết quả công tác tuyên truyền cải cách hành chính', 14, 'bold');
    expect(length).toBeGreaterThanOrEqual(longest / 3 - 2);
    expect(length).toBeLessThanOrEqual(longest / 2 + 2);
  });

  it('measures a long title by its wrapped lines', () => {
    const long = 'Kết quả thực hiện công tác cải cách hành chính, chuyển đổi số và xây dựng chính quyền điện tử năm 2023 của tỉnh';
    const longest = longestLineTwips(long, 14, 'bold', TEXT_WIDTH);
    expect(longest).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(longest).toBeGreaterThan(TEXT_WIDTH * 0.7);
  });

  it('has no Kính gửi for a report that is not sent upward', async () => {
    const texts = (await titleParagraphs()).map(textOf);
    expect(texts.some((t) => t.startsWith('Kính gửi'))).toBe(false);
  });

  it('puts a single recipient on the Kính gửi line', async () => {
    const texts = (await titleParagraphs(minimalDraft({ kinhGui: ['Ủy ban nhân dân tỉnh Quảng Trị'] }))).map(textOf);
    expect(texts).toContain('Kính gửi: Ủy ban nhân dân tỉnh Quảng Trị.');
  });

  it('lists several recipients as "- …;" lines, the last ending ".", dashes under the colon', async () => {
    const draft = minimalDraft({ kinhGui: ['Bộ Nội vụ', 'Bộ Kế hoạch và Đầu tư;', 'Bộ Tài chính'] });
    const paragraphs = await titleParagraphs(draft);
    const at = paragraphs.findIndex((p) => textOf(p) === 'Kính gửi:');
    expect(at).toBeGreaterThan(0);
    const list = paragraphs.slice(at + 1, at + 4);
    expect(list.map(textOf)).toEqual(['- Bộ Nội vụ;', '- Bộ Kế hoạch và Đầu tư;', '- Bộ Tài chính.']);
    const labelLeft = Number(paraProp(paragraphs[at] as XmlNode, 'w:ind')?.attrs['w:left']);
    const colon = labelLeft + textWidthTwips('Kính gửi', 14);
    for (const p of list) {
      const ind = paraProp(p, 'w:ind')?.attrs ?? {};
      // The dash starts at the colon: left indent minus the hanging indent.
      expect(Number(ind['w:left']) - Number(ind['w:hanging'])).toBe(colon);
    }
  });
});
