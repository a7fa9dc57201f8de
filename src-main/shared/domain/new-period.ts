/**
 * "Tạo báo cáo kỳ mới": start next period's report from this one. The copy keeps the content,
 * rolls the years forward in the title and the closing line, clears the number and the day (the
 * văn thư fills them in) and is flagged for review, because a rolled year can be wrong.
 */
import type { Draft, Inline } from './draft-schema';
import { duplicateDraft, type CopyOptions } from './duplicate';

/**
 * A year standing alone: not part of a longer number, a date (15/12/2023), a document number
 * (30/2020/NĐ-CP) or a range (2021-2025), which all name fixed points, not the reporting period.
 */
const STANDALONE_YEAR = /(?<![\p{L}\p{N}/\-–.])(\d{4})(?![\p{L}\p{N}/\-–]|\.\d)/gu;

/**
 * Replaces each standalone year in [year − 1, year + 1] with the next one, all at once (so
 * "năm 2023 … năm 2024" becomes "năm 2024 … năm 2025", not "2025 … 2025"). The window covers a
 * report dated early in the year about the previous one and its plans for the next; older or
 * later years (a reference to a 2015 decision) stay as they are.
 */
export function rollYears(text: string, year: number): string {
  return text.replace(STANDALONE_YEAR, (match: string, digits: string) => {
    const value = Number(digits);
    return Math.abs(value - year) <= 1 ? String(value + 1) : match;
  });
}

function rollInline(content: readonly Inline[], year: number): Inline[] {
  return content.map((run) =>
    run.type === 'text'
      ? { ...run, text: rollYears(run.text, year) }
      : { ...run, content: run.content.map((r) => ({ ...r, text: rollYears(r.text, year) })) },
  );
}

/** The next period's draft made from `draft` (see the module comment). */
export function newPeriodDraft(draft: Draft, options: CopyOptions): Draft {
  const copy = duplicateDraft(draft, options);
  const year = draft.header.date.year;
  copy.title = rollYears(copy.title, year);
  copy.closing = rollInline(copy.closing, year);
  copy.header = { ...copy.header, number: '', date: { ...copy.header.date, day: null, year: Math.min(year + 1, 9999) } };
  copy.meta = { ...copy.meta, status: 'draft', needsReview: true };
  return copy;
}
