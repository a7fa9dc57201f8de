/** Inline content → plan runs, footnotes numbered in reading order over the whole document. */
import type { Inline, TextRun } from '../domain/draft-schema';
import type { PlanInline, PlanTextRun } from './plan-blocks';

/** Counts footnotes across the main text and the appendices. */
export interface FootnoteCounter {
  next: number;
}

/** A plan text run from plain text. */
export function planText(text: string, bold = false, italic = false, underline = false): PlanTextRun {
  return { type: 'text', text, bold, italic, underline };
}

function fromRun(run: TextRun): PlanTextRun {
  return planText(run.text, run.bold === true, run.italic === true, run.underline === true);
}

/** Plan runs of inline content; each footnote takes the next number. */
export function planInlines(content: readonly Inline[], counter: FootnoteCounter): PlanInline[] {
  return content.map((run) =>
    run.type === 'text' ? fromRun(run) : { type: 'footnote', number: counter.next++, content: run.content.map(fromRun) },
  );
}
