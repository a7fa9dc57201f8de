/**
 * Text views of the neutral model for recognition: the plain text of a paragraph, its lines
 * (a hard break starts one), segments of a line that tabs or long runs of spaces lay out as
 * columns, and a folded form for matching fixed wording whatever its diacritics or case.
 */
import type { DocInline, DocParagraph, RunStyle } from './doc-model';

/** A run of a line: its text as it prints, its letters as stored (see DocText.typed) and how it prints. */
export interface Piece {
  text: string;
  typed: string;
  style: RunStyle;
}

/** One printed line: a paragraph, or a part of one between hard breaks, or a column of it. */
export interface Line {
  /** As it prints (capitals of "All caps" applied). */
  text: string;
  /** As stored: the same letters in the case the file keeps them (same length as `text`). */
  typed: string;
  pieces: Piece[];
  para: DocParagraph;
  /** Which of the paragraph's lines (0 for the first). */
  index: number;
}

/** The visible text of inlines (footnote marks left out). */
export function inlinesText(inlines: readonly DocInline[]): string {
  let out = '';
  for (const i of inlines) if (i.kind === 'text') out += i.text;
  return out;
}

/** The visible text of a paragraph. */
export function paraText(p: DocParagraph): string {
  return inlinesText(p.inlines);
}

/** The text of a paragraph as stored (letters of "All caps" runs in their own case); same length as paraText. */
export function paraTyped(p: DocParagraph): string {
  let out = '';
  for (const i of p.inlines) if (i.kind === 'text') out += i.typed;
  return out;
}

/**
 * The stored form of `value`, a trailing part of `shown` (printed text) whose stored form is
 * `typed`: both are squashed alike, since they differ in case only.
 */
export function typedTail(value: string, shown: string, typed: string): string {
  if (!value) return '';
  const s = squash(shown);
  const t = squash(typed);
  if (s.length !== t.length || !s.endsWith(value)) return value;
  return t.slice(s.length - value.length);
}

/** Spaces of every kind (NBSP, thin, ideographic …) as one space, trimmed. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu, ' ').trim();
}

/** Lower case without diacritics (đ → d), for matching fixed words. */
export function fold(text: string): string {
  return squash(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase();
}

/** A paragraph's lines, split at hard breaks, each with its pieces. */
export function linesOf(p: DocParagraph): Line[] {
  const lines: Line[] = [];
  let pieces: Piece[] = [];
  let text = '';
  let typed = '';
  const flush = () => {
    lines.push({ text, typed, pieces, para: p, index: lines.length });
    pieces = [];
    text = '';
    typed = '';
  };
  for (const inline of p.inlines) {
    if (inline.kind !== 'text') continue;
    const parts = inline.text.split('\n');
    const stored = inline.typed === inline.text ? parts : inline.typed.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) flush();
      if (part) {
        const own = stored[i] ?? part;
        pieces.push({ text: part, typed: own, style: inline.style });
        text += part;
        typed += own;
      }
    });
  }
  flush();
  return lines;
}

/** Splits a line where tabs or 3+ spaces set columns apart ("SỞ X\t\tCỘNG HÒA …"). */
export function columnsOf(line: Line): Line[] {
  if (!/\t| {3,}|\u00a0{3,}/u.test(line.text.trim())) return [line];
  const out: Line[] = [];
  let pieces: Piece[] = [];
  let text = '';
  let typed = '';
  const flush = () => {
    if (text.trim()) out.push({ text, typed, pieces, para: line.para, index: line.index });
    pieces = [];
    text = '';
    typed = '';
  };
  const gap = /\t+| {3,}|\u00a0{3,}/u;
  for (const piece of line.pieces) {
    const parts = piece.text.split(gap);
    const stored = piece.typed === piece.text ? parts : piece.typed.split(gap);
    parts.forEach((part, i) => {
      if (i > 0) flush();
      if (part) {
        const own = stored[i] ?? part;
        pieces.push({ text: part, typed: own, style: piece.style });
        text += part;
        typed += own;
      }
    });
  }
  flush();
  return out.length > 0 ? out : [line];
}

/** Share of the visible letters of a line that print bold (0 when it has none). */
export function boldShare(pieces: readonly Piece[]): number {
  let all = 0;
  let bold = 0;
  for (const p of pieces) {
    const n = p.text.replace(/[\s\p{P}]/gu, '').length;
    all += n;
    if (p.style.bold) bold += n;
  }
  return all === 0 ? 0 : bold / all;
}

/** Whether a line is mostly bold. */
export const isBold = (pieces: readonly Piece[]): boolean => boldShare(pieces) >= 0.8;

/** Whether the letters of a text are all capitals (at least two letters). */
export function isCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

/** Whether text shows as capitals: typed so, or set in a caps style. */
export function showsCaps(line: Pick<Line, 'text' | 'pieces'>): boolean {
  if (isCaps(line.text)) return true;
  const letters = line.pieces.filter((p) => /\p{L}/u.test(p.text));
  return letters.length > 0 && letters.every((p) => p.style.caps || isCaps(p.text));
}

/** A line that only draws a rule (underscores, dashes, dots) or is empty. */
export function isRuleOrBlank(text: string): boolean {
  const t = squash(text);
  return t === '' || /^[_\-–—=.…·*~ ]{3,}$/u.test(t) || /^_+$/u.test(t);
}

/** The largest font size printed in a line (null when the file gives none). */
export function lineSize(pieces: readonly Piece[]): number | null {
  let size: number | null = null;
  for (const p of pieces) if (p.text.trim() && p.style.sizePt !== null) size = Math.max(size ?? 0, p.style.sizePt);
  return size;
}
