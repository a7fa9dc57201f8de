// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import fullFeature from '../../../e2e/fixtures/drafts/full-feature.json';
import { valueAt } from '@shared/domain/checks/draft-edit';
import { DraftSchema, type Draft } from '@shared/domain/draft-schema';
import { forNewPeriod } from '@shared/import/new-period';
import { isWordFileName } from './read-docx';
import { clearReviewFigures, onReviewFiguresCleared, partFigures, reviewFigureCount, reviewPartOf, saveReviewFigures, setPartFigures } from './review-flags';

const { draft, figures } = forNewPeriod(DraftSchema.parse(structuredClone(fullFeature)));

/** The text each figure of a part points at, read from the blocks (or runs) of the part's field. */
function textsAt(field: unknown, part: string, id = draft.meta.id): string[] {
  return partFigures(id, part).map((f) => (valueAt(field, f.at) as string).slice(f.start, f.end));
}

beforeEach(() => window.localStorage.clear());

describe('review figures of "Dùng cho kỳ mới"', () => {
  it('are filed by part (opening, closing, each section and appendix by id), each pointing at its text', () => {
    saveReviewFigures(draft, figures);
    expect(reviewFigureCount(draft.meta.id)).toBe(figures.length);
    const index = draft.sections.findIndex((_, i) => figures.some((f) => f.field[0] === 'sections' && f.field[1] === i && f.field[2] === 'blocks'));
    const section = draft.sections[index];
    if (!section) throw new Error('no section with figures');
    const part = reviewPartOf(draft, ['sections', index, 'blocks']);
    expect(part).toBe(`section:${section.id}`);
    const inSection = figures.filter((f) => f.field[0] === 'sections' && f.field[1] === index && f.field[2] === 'blocks');
    expect(inSection.length).toBeGreaterThan(0);
    expect(textsAt(section.blocks, part ?? '')).toEqual(inSection.map((f) => f.text));
    expect(textsAt(draft.opening, 'opening')).toEqual(figures.filter((f) => f.field[0] === 'opening').map((f) => f.text));
    const child = draft.sections.findIndex((s) => s.children.length > 0);
    expect(reviewPartOf(draft, ['sections', child, 'children', 0, 'blocks'])).toBe(`section:${draft.sections[child]?.children[0]?.id}`);
    expect(reviewPartOf(draft, ['appendices', 0, 'blocks'])).toBe(`appendix:${draft.appendices[0]?.id}`);
    expect(reviewPartOf(draft, ['title'])).toBeNull();
    expect(reviewPartOf(draft, ['sections', 0, 'title'])).toBeNull();
  });

  it('stay with their section when sections move: a section is found by its id, not its place', () => {
    saveReviewFigures(draft, figures);
    const index = draft.sections.findIndex((_, i) => figures.some((f) => f.field[0] === 'sections' && f.field[1] === i && f.field[2] === 'blocks'));
    const moved: Draft = { ...draft, sections: [...draft.sections].reverse() };
    const at = moved.sections.length - 1 - index;
    const part = reviewPartOf(moved, ['sections', at, 'blocks']) ?? '';
    expect(part).toBe(`section:${draft.sections[index]?.id}`);
    expect(textsAt(moved.sections[at]?.blocks, part).length).toBeGreaterThan(0);
    expect(textsAt(moved.sections[at]?.blocks, part)).toEqual(partFigures(draft.meta.id, part).map((f) => f.text));
  });

  it('are kept as the field reports them, cleared at once with word to the open fields, and per draft', () => {
    saveReviewFigures(draft, figures);
    const before = reviewFigureCount(draft.meta.id);
    const opening = partFigures(draft.meta.id, 'opening');
    expect(opening.length).toBeGreaterThan(0);
    setPartFigures(draft.meta.id, 'opening', opening.slice(1));
    expect(reviewFigureCount(draft.meta.id)).toBe(before - 1);
    expect(reviewFigureCount('another-draft')).toBe(0);

    let heard = 0;
    const stop = onReviewFiguresCleared(draft.meta.id, () => (heard += 1));
    onReviewFiguresCleared('another-draft', () => (heard += 100));
    clearReviewFigures(draft.meta.id);
    expect(heard).toBe(1);
    expect(reviewFigureCount(draft.meta.id)).toBe(0);
    expect(window.localStorage.getItem(`baocao.review-figures.${draft.meta.id}`)).toBeNull();
    stop();
    clearReviewFigures(draft.meta.id);
    expect(heard).toBe(1);
  });

  it('survive a damaged entry as none, never as an error', () => {
    window.localStorage.setItem(`baocao.review-figures.${draft.meta.id}`, '{"parts":{"opening":[{"at":"x"}]}');
    expect(partFigures(draft.meta.id, 'opening')).toEqual([]);
    window.localStorage.setItem(`baocao.review-figures.${draft.meta.id}`, '{"parts":{"opening":[{"at":[0],"start":1,"end":2,"text":"1"},{"at":"x"}]}}');
    expect(partFigures(draft.meta.id, 'opening')).toEqual([{ at: [0], start: 1, end: 2, text: '1' }]);
  });
});

describe('isWordFileName', () => {
  it('offers .docx (and the other Word names) to the Word import, nothing else', () => {
    expect(isWordFileName({ name: 'Báo cáo quý I.DOCX', type: '' })).toBe(true);
    expect(isWordFileName({ name: 'tep', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })).toBe(true);
    expect(isWordFileName({ name: 'ban-thao.baocao', type: '' })).toBe(false);
  });
});
