/** Editing inline runs through a plain textarea until the rich editor exists. */
import type { FootnoteRun, Inline, TextRun } from '@shared/domain/draft-schema';
import { inlineText } from '@shared/domain/inline-text';

export { inlineText };

/** The footnotes among the runs, in order. */
export function footnotesOf(content: readonly Inline[]): FootnoteRun[] {
  return content.filter((run): run is FootnoteRun => run.type === 'footnote');
}

/** Whether any text run carries bold, italic or underline. */
export function hasFormatting(content: readonly Inline[]): boolean {
  return content.some((run) => run.type === 'text' && Boolean(run.bold || run.italic || run.underline));
}

/**
 * The runs after the user edited their concatenated text. The text becomes one run; it keeps the
 * formatting only when every text run shared it. Footnotes are kept but move to the end of the
 * paragraph: a known limitation of plain-textarea editing, accepted until the rich editor lands.
 */
export function replaceInlineText(content: readonly Inline[], text: string): Inline[] {
  const runs = content.filter((run): run is TextRun => run.type === 'text');
  const first = runs[0];
  const run: TextRun = { type: 'text', text };
  if (first && runs.every((r) => r.bold === first.bold && r.italic === first.italic && r.underline === first.underline)) {
    if (first.bold) run.bold = true;
    if (first.italic) run.italic = true;
    if (first.underline) run.underline = true;
  }
  return [run, ...footnotesOf(content)];
}
