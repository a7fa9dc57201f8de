import { describe, expect, it } from 'vitest';
import fullFeature from '../../../e2e/fixtures/drafts/full-feature.json';
import { DraftSchema } from '../domain/draft-schema';
import { draftFigures, figuresIn, forNewPeriod } from './new-period';

const draft = DraftSchema.parse(structuredClone(fullFeature));

describe('figuresIn', () => {
  it('finds counts, amounts, percentages and years, not document numbers, dates or codes', () => {
    const text = 'Tiếp nhận 3.658 hồ sơ, đạt 99,8% trong năm 2023, tổ chức 06 cuộc; theo Kế hoạch số 22/KH-UBND ngày 07/02/2023 của Trung tâm CNTT-TT, mã H5N1.';
    expect(figuresIn(text).map((f) => f.text)).toEqual(['3.658', '99,8%', '2023', '06']);
    for (const f of figuresIn(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('forNewPeriod', () => {
  it('clears number and day, rolls the period years, flags for review and keeps the id', () => {
    const { draft: next, figures } = forNewPeriod(draft);
    expect(next.meta).toMatchObject({ id: draft.meta.id, createdAt: draft.meta.createdAt, needsReview: true, status: 'draft' });
    expect(next.header).toMatchObject({ number: '', date: { day: null, month: draft.header.date.month, year: draft.header.date.year + 1 } });
    expect(next.title).toContain('năm 2024\nvà phương hướng, nhiệm vụ năm 2025');
    expect(DraftSchema.parse(next)).toEqual(next);
    // Every figure points at the text it was found in.
    expect(figures.length).toBeGreaterThan(10);
    const at = (path: readonly (string | number)[]) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], next);
    for (const f of figures) expect((at(f.field) as string).slice(f.start, f.end)).toBe(f.text);
    expect(figures.map((f) => f.text)).toContain('99,8%');
    expect(draftFigures(next)).toEqual(figures);
  });
});
