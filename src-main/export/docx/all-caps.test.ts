/**
 * What the layout prints in capitals is written as the clerk typed it, in Word's "All caps"
 * (w:caps), so the file keeps the letters and still prints the plan's lines; and what the layout
 * gives every header cell of a table (bold, centred) comes from a paragraph style, while what the
 * draft sets on a run or a cell is written on it. Both keep apart, in the visible document, what
 * the import must tell apart.
 */
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/domain/draft-schema';
import { planPages } from '../../shared/layout';
import { TABLE_HEADER_STYLE, TABLE_STYLE } from './tables';
import { fullFeatureDraft } from './test-drafts';
import { all, buildParts, first, kids, layoutWith, paragraphWith, paraProp, runProp, textOf, textRunsOf, type XmlNode } from './test-xml';

/** The text of a run as stored (its w:t), whatever it prints. */
const stored = (run: XmlNode): string => kids(run, 'w:t').map((t) => t.text).join('');
const capsRuns = (p: XmlNode): XmlNode[] => textRunsOf(p).filter((r) => runProp(r, 'w:caps') !== undefined);

function draft(): Draft {
  const base = fullFeatureDraft();
  return {
    ...base,
    header: { ...base.header, parentAgency: 'Ủy ban nhân dân tỉnh Quảng Trị', issuingAgency: 'Sở Thông tin và Truyền thông' },
    partStyle: 'roman',
    sections: [{ id: 'p1', title: 'Tình hình năm 2023', blocks: [], children: base.sections.map((s, i) => (i === 0 ? { ...s, title: 'đánh giá Chung' } : s)) }],
    noiNhan: { ...base.noiNhan, archive: 'VP' },
    drafter: { code: 'pl', copies: 300 },
  };
}

describe('capitals the layout prints', () => {
  it('are the clerk’s letters in "All caps": agency names, Phần and Mục titles, signer lines, the drafter code', async () => {
    const d = draft();
    const { doc } = await buildParts(d);
    const agency = paragraphWith(doc, 'SỞ THÔNG TIN VÀ') as XmlNode;
    expect(capsRuns(agency).map(stored).join(' ')).toBe('Sở Thông tin và Truyền thông');
    expect(textOf(agency).replace(/\n/gu, ' ')).toBe('SỞ THÔNG TIN VÀ TRUYỀN THÔNG');

    // "Phần I" prints as it is; the title lines are in "All caps" (the number "I." of a Mục shows the same either way).
    const part = paragraphWith(doc, 'Phần I') as XmlNode;
    expect(textRunsOf(part).map((r) => [stored(r), runProp(r, 'w:caps') !== undefined])).toEqual([
      ['Phần I', false],
      ['Tình hình năm 2023', true],
    ]);
    const muc = paragraphWith(doc, 'I. ĐÁNH GIÁ CHUNG') as XmlNode;
    expect(textOf(muc)).toBe('I. ĐÁNH GIÁ CHUNG');
    expect(capsRuns(muc).map(stored)).toEqual(['I. đánh giá Chung']);

    const signer = all(doc, 'w:p').filter((p) => /^(KT\. Giám đốc|Phó Giám đốc)$/u.test(textRunsOf(p).map(stored).join('')));
    expect(signer.map(textOf)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    const luu = paragraphWith(doc, '- Lưu:') as XmlNode;
    expect(capsRuns(luu).map(stored)).toEqual(['pl.(300).']);
    expect(textOf(luu)).toBe('- Lưu: VT, VP. PL.(300).');
  });

  it('print exactly the plan’s lines', async () => {
    const d = draft();
    const plan = planPages(d, layoutWith());
    const { doc } = await buildParts(d);
    const agency = plan.header.issuingAgency;
    expect(agency.lines.length).toBeGreaterThan(1);
    expect(textOf(paragraphWith(doc, 'SỞ THÔNG TIN VÀ') as XmlNode).split('\n')).toEqual(agency.lines);
    expect(agency.typed?.join(' ')).toBe('Sở Thông tin và Truyền thông');
  });

  it('are written plain when the clerk typed them in capitals: nothing to keep', async () => {
    const { doc } = await buildParts(fullFeatureDraft({ header: { ...fullFeatureDraft().header, issuingAgency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG' } }));
    const agency = paragraphWith(doc, 'SỞ THÔNG TIN') as XmlNode;
    expect(capsRuns(agency)).toEqual([]);
  });
});

describe('header cells of a table', () => {
  const withTable = (): Draft => {
    const base = fullFeatureDraft();
    return {
      ...base,
      opening: [
        {
          type: 'table',
          columnWidths: [1, 3],
          headerRows: 1,
          rows: [
            { cells: [{ paragraphs: [[{ type: 'text', text: 'STT' }]] }, { paragraphs: [[{ type: 'text', text: 'Nội dung', bold: true }]], align: 'left' }] },
            { cells: [{ paragraphs: [[{ type: 'text', text: '1' }]], align: 'center' }, { paragraphs: [[{ type: 'text', text: '' }]] }] },
          ],
        },
      ],
    };
  };

  it('are bold and centred by their paragraph style; a run’s bold and a cell’s alignment are written on them', async () => {
    const { doc, part } = await buildParts(withTable());
    const table = all(doc, 'w:tbl').find((t) => textOf(t).includes('Nội dung')) as XmlNode;
    const [stt, content, one, empty] = all(table, 'w:p');
    for (const p of [stt, content]) expect(paraProp(p as XmlNode, 'w:pStyle')?.attrs['w:val']).toBe(TABLE_HEADER_STYLE);
    expect(paraProp(one as XmlNode, 'w:pStyle')?.attrs['w:val']).toBe(TABLE_STYLE);
    expect(textRunsOf(stt as XmlNode).map((r) => runProp(r, 'w:b'))).toEqual([undefined]);
    expect(textRunsOf(content as XmlNode).map((r) => runProp(r, 'w:b'))).toEqual(['true']);
    expect(paraProp(stt as XmlNode, 'w:jc')).toBeUndefined();
    expect(paraProp(content as XmlNode, 'w:jc')?.attrs['w:val']).toBe('left');
    expect(paraProp(one as XmlNode, 'w:jc')?.attrs['w:val']).toBe('center');
    expect(textRunsOf(empty as XmlNode)).toEqual([]);
    const style = all(part('word/styles.xml'), 'w:style').find((s) => s.attrs['w:styleId'] === TABLE_HEADER_STYLE) as XmlNode;
    expect(first(style, 'w:b')).toBeDefined();
    expect(first(style, 'w:jc')?.attrs['w:val']).toBe('center');
    expect(first(style, 'w:basedOn')?.attrs['w:val']).toBe(TABLE_STYLE);
  });
});
