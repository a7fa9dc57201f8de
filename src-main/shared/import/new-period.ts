/**
 * "Dùng cho kỳ mới" on an imported draft: the same changes as "Tạo báo cáo kỳ mới"
 * (shared/domain/new-period.ts: number and day cleared, the years that mark the period rolled
 * forward in the title and closing, the draft flagged for review), made on the draft itself, and
 * the figures of the text listed so the editor can highlight them until the clerk has touched
 * each: last period's counts, amounts, percentages and years are what must change. No model
 * field holds the list; the window keeps it beside the draft (features/import/review-flags.ts).
 */
import type { FieldPath } from '../domain/checks/types';
import type { Block, Draft, Inline, Section } from '../domain/draft-schema';
import { newPeriodDraft } from '../domain/new-period';

/** One figure in the text: the text run it is in (a path into the draft), and where in it. */
export interface FlaggedFigure {
  field: FieldPath;
  start: number;
  end: number;
  text: string;
}

/**
 * A figure: a number standing alone ("3.658", "99,8%", "06", "2023"), not part of a document
 * number ("22/KH-UBND"), a date ("07/02/2023"), a word or a code ("CNTT-TT", "Zalo2").
 */
const FIGURE = /(?<![\p{L}\p{N}/.,\-–])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(\s?%)?(?![\p{L}\p{N}/\-–]|[.,]\d)/gu;

/** The figures of one string, as [start, end) ranges. */
export function figuresIn(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const match of text.matchAll(FIGURE)) out.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  return out;
}

function inlineFigures(content: readonly Inline[], field: FieldPath, out: FlaggedFigure[]): void {
  content.forEach((run, i) => {
    if (run.type === 'text') for (const f of figuresIn(run.text)) out.push({ field: [...field, i, 'text'], ...f });
    else run.content.forEach((inner, k) => figuresIn(inner.text).forEach((f) => out.push({ field: [...field, i, 'content', k, 'text'], ...f })));
  });
}

function blockFigures(blocks: readonly Block[], field: FieldPath, out: FlaggedFigure[]): void {
  blocks.forEach((block, b) => {
    const at = [...field, b];
    if (block.type === 'table') {
      block.rows.forEach((row, r) => row.cells.forEach((cell, c) => cell.paragraphs.forEach((p, k) => inlineFigures(p, [...at, 'rows', r, 'cells', c, 'paragraphs', k], out))));
    } else inlineFigures(block.content, [...at, 'content'], out);
  });
}

function sectionFigures(sections: readonly Section[], field: FieldPath, out: FlaggedFigure[]): void {
  sections.forEach((s, i) => {
    blockFigures(s.blocks, [...field, i, 'blocks'], out);
    sectionFigures(s.children, [...field, i, 'children'], out);
  });
}

/** Every figure of the content (opening, sections, closing, appendices). */
export function draftFigures(draft: Draft): FlaggedFigure[] {
  const out: FlaggedFigure[] = [];
  blockFigures(draft.opening, ['opening'], out);
  sectionFigures(draft.sections, ['sections'], out);
  inlineFigures(draft.closing, ['closing'], out);
  draft.appendices.forEach((a, i) => {
    blockFigures(a.blocks, ['appendices', i, 'blocks'], out);
    sectionFigures(a.sections, ['appendices', i, 'sections'], out);
  });
  return out;
}

/** The draft readied for the next period, in place (same id), and the figures to review. */
export function forNewPeriod(draft: Draft): { draft: Draft; figures: FlaggedFigure[] } {
  const rolled = newPeriodDraft(draft, { id: draft.meta.id, now: draft.meta.updatedAt });
  const next: Draft = { ...rolled, meta: { ...draft.meta, status: 'draft', needsReview: true } };
  return { draft: next, figures: draftFigures(next) };
}
