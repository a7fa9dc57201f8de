import { describe, expect, it } from 'vitest';
import type { Section } from '../draft-schema';
import { bullet, cleanDraft, deepFreeze, findings, only, paragraph, section } from './test-draft';

describe('content checks', () => {
  it('reports a report with no content at all', () => {
    const empty = cleanDraft((d) => {
      d.opening = [paragraph('  ')];
      d.sections = [];
    });
    expect(only(empty, 'content.emptyBody')).toMatchObject({ severity: 'error', field: ['opening'] });
    const openingOnly = cleanDraft((d) => {
      d.sections = [];
    });
    expect(findings(openingOnly, 'content.emptyBody')).toEqual([]);
  });

  it('reports a titled section with nothing under it, not one with sub-sections or a table', () => {
    const draft = cleanDraft((d) => {
      d.sections.push(section('e', 'Đề xuất, kiến nghị', [paragraph('')]));
    });
    expect(only(draft, 'content.emptySection')).toMatchObject({ severity: 'error', field: ['sections', 2] });
    expect(only(draft, 'content.emptySection').message).toContain('“Đề xuất, kiến nghị”');
    const withTable = cleanDraft((d) => {
      d.sections.push(section('t', 'Số liệu', [{ type: 'table', columnWidths: [1], headerRows: 0, rows: [{ cells: [{ paragraphs: [[]] }] }] }]));
    });
    expect(findings(withTable, 'content.emptySection')).toEqual([]);
  });

  it('reports an untitled section, except a khoản or điểm that starts with its paragraph', () => {
    const mucUntitled = cleanDraft((d) => {
      d.sections.push(section('u', ' ', [paragraph('Nội dung của mục.')]));
    });
    expect(only(mucUntitled, 'content.untitledSection')).toMatchObject({ field: ['sections', 2, 'title'] });
    const khoanInline = cleanDraft((d) => {
      d.sections[1]?.children.push(section('k', '', [paragraph('Tiếp tục rà soát thủ tục hành chính.')]));
    });
    expect(findings(khoanInline, 'content.untitledSection')).toEqual([]);
    const khoanStartsWithBullet = cleanDraft((d) => {
      d.sections[1]?.children.push(section('k', '', [bullet('Rà soát thủ tục.')]));
    });
    expect(only(khoanStartsWithBullet, 'content.untitledSection')).toMatchObject({ field: ['sections', 1, 'children', 1, 'title'] });
    const unnumbered = cleanDraft((d) => {
      d.sections.push({ ...section('n', '', [paragraph('Đoạn không có tiêu đề.')]), numbered: false });
    });
    expect(findings(unnumbered, 'content.untitledSection')).toEqual([]);
  });

  it('counts depth from the Phần level when there is one', () => {
    // With Phần, depth 1 is Mục: an untitled section there is reported even with a paragraph.
    const draft = cleanDraft((d) => {
      d.partStyle = 'roman';
      d.sections = [section('p', 'Tình hình thực hiện', [], [section('m', '', [paragraph('Nội dung.')])])];
    });
    expect(only(draft, 'content.untitledSection')).toMatchObject({ field: ['sections', 0, 'children', 0, 'title'] });
  });

  it('offers to remove a blank section, and the fix leaves the rest alone', () => {
    const draft = deepFreeze(
      cleanDraft((d) => {
        d.sections.splice(1, 0, section('blank', '', [paragraph('')]));
      }),
    );
    const finding = only(draft, 'content.blankSection');
    expect(finding.field).toEqual(['sections', 1]);
    const fixed = finding.fix?.apply(draft);
    expect(fixed?.sections.map((s: Section) => s.id)).toEqual(['s1', 's2']);
    expect(fixed && findings(fixed, 'content.blankSection')).toEqual([]);
    // Once the section has content, the stale fix does nothing.
    const filled = { ...draft, sections: draft.sections.map((s, i) => (i === 1 ? { ...s, title: 'Mới' } : s)) };
    expect(finding.fix?.apply(filled)).toBe(filled);
  });

  it('reports an empty appendix', () => {
    const draft = cleanDraft((d) => {
      d.appendices = [
        { id: 'a1', title: 'Số liệu', blocks: [paragraph('Bảng tổng hợp.')] },
        { id: 'a2', title: 'Danh sách', blocks: [] },
      ];
    });
    const finding = only(draft, 'content.emptyAppendix');
    expect(finding).toMatchObject({ severity: 'error', field: ['appendices', 1] });
    expect(finding.message).toMatch(/^Phụ lục II /u);
  });
});
