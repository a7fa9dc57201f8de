import { describe, expect, it } from 'vitest';
import fullFeature from '../../../e2e/fixtures/drafts/full-feature.json';
import seedQuangNgai from '../../../e2e/fixtures/drafts/seed-quang-ngai.json';
import seedQuangTri from '../../../e2e/fixtures/drafts/seed-quang-tri.json';
import { DraftSchema, type Draft } from './draft-schema';
import { duplicateDraft } from './duplicate';
import { inlineText } from './inline-text';
import { newPeriodDraft, rollYears } from './new-period';

// The seed reports of the e2e suite, imported as JSON (this zone has no file system).
const FIXTURES: Record<string, unknown> = { 'full-feature': fullFeature, 'seed-quang-ngai': seedQuangNgai, 'seed-quang-tri': seedQuangTri };
const fixture = (name: string): Draft => DraftSchema.parse(structuredClone(FIXTURES[name]));
const withoutMeta = (draft: Draft) => ({ ...draft, meta: null });
const copy = { id: 'new-copy-1', now: '2025-01-02T03:04:05.000Z' };

describe('duplicateDraft', () => {
  it('copies the content under a new id and times, as a draft', () => {
    const source = { ...fixture('full-feature'), meta: { ...fixture('full-feature').meta, status: 'final' as const } };
    const before = JSON.stringify(source);
    const dup = duplicateDraft(source, copy);
    expect(dup.meta).toMatchObject({ id: 'new-copy-1', createdAt: copy.now, updatedAt: copy.now, status: 'draft', needsReview: false });
    expect(withoutMeta(dup)).toEqual(withoutMeta(source));
    expect(JSON.stringify(source)).toBe(before); // the source is untouched
    dup.sections[0]?.blocks.splice(0);
    expect(JSON.stringify(source)).toBe(before); // and not shared
  });
});

describe('newPeriodDraft on the seed reports', () => {
  it.each(['seed-quang-tri', 'seed-quang-ngai'])('%s: 2023 → 2024 in title and closing, number and day cleared, flagged', (name) => {
    const source = fixture(name);
    const next = newPeriodDraft(source, copy);
    expect(source.title).toContain('năm 2023');
    expect(next.title).toBe(source.title.replace(/2024/g, '2025').replace(/2023/g, '2024'));
    expect(next.title).toContain('năm 2024');
    expect(inlineText(next.closing)).toContain('năm 2024');
    expect(inlineText(next.closing)).not.toContain('2023');
    expect(next.header).toMatchObject({ number: '', date: { day: null, month: source.header.date.month, year: 2024 } });
    expect(next.meta).toMatchObject({ id: 'new-copy-1', status: 'draft', needsReview: true });
    expect(DraftSchema.parse(next)).toEqual(next);
  });

  it('rolls every year of the period together (a report dated 2024 about 2023 with plans for 2024)', () => {
    const source = fixture('full-feature');
    const next = newPeriodDraft(source, copy);
    expect(source.header).toMatchObject({ number: '7', date: { day: 5, year: 2024 } });
    expect(next.title).toBe('Kết quả thực hiện công tác cải cách hành chính năm 2024\nvà phương hướng, nhiệm vụ năm 2025');
    expect(inlineText(next.closing)).toContain('năm 2024 và phương hướng, nhiệm vụ năm 2025');
    expect(next.header).toMatchObject({ number: '', date: { day: null, year: 2025 } });
    expect(next.sections).toEqual(source.sections); // the body is the clerk's to update
  });
});

describe('newPeriodDraft keeps the month as the clerk left it', () => {
  it.each([[11], [null]])('month %s stays; the day is cleared', (month) => {
    const base = fixture('full-feature');
    const source = { ...base, header: { ...base.header, date: { day: month === null ? null : 5, month, year: 2024 } } };
    const next = newPeriodDraft(source, copy);
    expect(next.header.date).toEqual({ day: null, month, year: 2025 });
    expect(DraftSchema.parse(next)).toEqual(next);
  });
});

describe('rollYears', () => {
  it.each([
    ['Báo cáo năm 2023', 'Báo cáo năm 2024'],
    ['năm 2022 so với năm 2023', 'năm 2023 so với năm 2024'],
    ['(2023)', '(2024)'],
    ['Nghị định số 30/2020/NĐ-CP', 'Nghị định số 30/2020/NĐ-CP'],
    ['Kế hoạch số 12/KH-UBND ngày 15/3/2023', 'Kế hoạch số 12/KH-UBND ngày 15/3/2023'],
    ['giai đoạn 2021-2025', 'giai đoạn 2021-2025'],
    ['Quyết định năm 2015', 'Quyết định năm 2015'],
    ['12023 và 20234', '12023 và 20234'],
  ])('%s → %s', (text, expected) => {
    expect(rollYears(text, 2023)).toBe(expected);
  });
});
