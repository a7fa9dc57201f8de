import { describe, expect, it } from 'vitest';
import { checkDraft } from '../domain/checks';
import { DraftSchema } from '../domain/draft-schema';
import { numberSections } from '../domain/outline';
import type { AgencyProfile } from '../domain/settings-schema';
import { BLANK_TEMPLATE_ID, draftFromTemplate, fillPlaceholders, findTemplate, TEMPLATE_FILES, TEMPLATES, templateSection } from './index';
import { TemplateSchema, type TemplateSection } from './template-schema';

const NOW = '2025-11-20T08:00:00.000Z';
const profile: AgencyProfile = {
  id: 'p-sttt',
  parentAgency: 'UBND TỈNH QUẢNG TRỊ',
  issuingAgency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
  agencyAbbr: 'STTTT',
  place: 'Quảng Trị',
  signers: [
    { authority: [{ prefix: 'KT.', title: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Hoàn' },
    { authority: [], title: 'GIÁM ĐỐC', name: 'Lê Văn An' },
  ],
  usualRecipients: ['Sở Nội vụ;', 'Ban Giám đốc Sở;'],
  archive: 'TTBCXB',
};
const keys = (list: readonly TemplateSection[]): string[] => list.flatMap((s) => [s.key, ...keys(s.children)]);

describe('template files', () => {
  it('every file is valid, with a unique id, and the five templates of the issue are there', () => {
    expect(TEMPLATES).toHaveLength(Object.keys(TEMPLATE_FILES).length);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    const names = TEMPLATES.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Báo cáo kết quả công tác tuyên truyền cải cách hành chính',
        'Báo cáo kết quả thực hiện nhiệm vụ năm … và phương hướng năm …',
        'Báo cáo sơ kết 6 tháng',
        'Báo cáo chuyên đề',
        'Báo cáo trống',
      ]),
    );
    expect(findTemplate(BLANK_TEMPLATE_ID)?.sections).toEqual([]);
    // The blank report comes last, after the ones with an outline.
    expect(TEMPLATES.at(-1)?.id).toBe(BLANK_TEMPLATE_ID);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s builds a valid draft filled from the profile', (_, template) => {
    const draft = draftFromTemplate(template, { id: `draft-${template.id}`, now: NOW, profile, signerIndex: 0 });
    expect(() => DraftSchema.parse(draft)).not.toThrow();
    expect(draft.meta.template).toBe(template.id);
    expect(draft.header).toMatchObject({ issuingAgency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', agencyAbbr: 'STTTT', place: 'Quảng Trị', number: '' });
    expect(draft.header.date).toEqual({ day: null, month: 11, year: 2025 });
    expect(draft.signer).toEqual(profile.signers[0]);
    expect(draft.noiNhan).toEqual({ recipients: ['Sở Nội vụ;', 'Ban Giám đốc Sở;'], archive: 'TTBCXB' });
    // Every heading of the outline is there, in order, with its guidance found again by id.
    const built = numberSections(draft.sections, draft.outlineStart, draft.partStyle).map((n) => n.section.id);
    expect(built).toEqual(keys(template.sections));
    for (const id of built) expect(templateSection(template, id)?.guidance).toBeTruthy();
    expect(JSON.stringify(draft)).not.toMatch(/\{(year|nextYear)\}/);
  });

  it('the CCHC template follows the seeds: căn cứ, kết quả by channel, đánh giá, kiến nghị, next year', () => {
    const template = findTemplate('cchc-tuyen-truyen');
    expect(template).toBeDefined();
    const draft = draftFromTemplate(template!, { id: 'draft-cchc', now: NOW });
    expect(draft.title).toBe('Kết quả công tác tuyên truyền cải cách hành chính năm 2025');
    const labels = numberSections(draft.sections, draft.outlineStart, draft.partStyle).map((n) => `${n.label} ${n.section.title}`);
    expect(labels[0]).toBe('I. Công tác chỉ đạo, triển khai');
    expect(labels).toContain('II. Kết quả thực hiện');
    expect(labels.at(-1)).toBe('V. Phương hướng, nhiệm vụ năm 2026');
    expect(template!.openingExample).toContain('Thực hiện Kế hoạch số 22/KH-UBND');
  });

  it('a draft without a profile keeps the blank header, and the checks then point at what is missing', () => {
    const draft = draftFromTemplate(findTemplate('chuyen-de')!, { id: 'draft-cd', now: NOW });
    expect(draft.header.issuingAgency).toBe('');
    const ids = checkDraft(draft).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['required.issuingAgency', 'required.title', 'content.emptySection']));
  });

  it('fills {year} and {nextYear} and refuses any other placeholder', () => {
    expect(fillPlaceholders('năm {year} và năm {nextYear}', 2023)).toBe('năm 2023 và năm 2024');
    const blank = TEMPLATE_FILES['bao-cao.json'] as Record<string, unknown>;
    expect(TemplateSchema.safeParse({ ...blank, title: 'Báo cáo quý {quarter}' }).success).toBe(false);
    const twice = { ...blank, sections: [{ key: 'a', title: 'A', guidance: 'x' }, { key: 'a', title: 'B', guidance: 'y' }] };
    expect(TemplateSchema.safeParse(twice).error?.issues[0]?.message).toContain('trùng');
    expect(TemplateSchema.safeParse({ ...blank, id: 'Có dấu' }).success).toBe(false);
  });
});
