/**
 * Diacritic-insensitive text helpers for Vietnamese search: folding, highlight ranges, snippets.
 * Pure (no platform imports) so the renderer can highlight with the same rules as the index.
 */

/** Combining diacritics (U+0300–U+036F): Vietnamese tones and vowel marks all live here. */
const COMBINING = /[\u0300-\u036f]/g;

/**
 * đ/Đ do not decompose under NFD, so they are mapped by hand. Ð/ð (U+00D0/U+00F0, the Icelandic
 * eth) look identical and come out of old TCVN3/VNI converters in place of Đ, so they fold too.
 */
const D_STROKE = /[đĐðÐ]/g;

/** A [start, end) range of UTF-16 offsets. */
export type TextRange = [number, number];

/**
 * Word separators: whitespace (tabs too, which join table cells in plain text) and punctuation,
 * so "15/KH-UBND" gives 15, KH, UBND. The index tokenizes with the same rule.
 */
export const TOKEN_SEPARATOR = /[\s\p{Z}\p{P}]+/u;
const WORD = /[^\s\p{Z}\p{P}]+/gu;

/** The NFC form of a text; NFC and NFD input then compare equal. */
export function normalizeNfc(text: string): string {
  return text.normalize('NFC');
}

/** NFC, lower-cased with Vietnamese rules, diacritics kept: the form an "exact" match compares. */
export function lowerNfc(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi');
}

/** "Đà Nẵng" → "da nang": NFD, marks stripped, đ→d, lower-cased, back to NFC. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(D_STROKE, 'd')
    .toLocaleLowerCase('vi')
    .normalize('NFC');
}

/** Whether a term carries any diacritic (or đ), i.e. folding changes it beyond case. */
export function hasDiacritics(term: string): boolean {
  return foldVietnamese(term) !== lowerNfc(term);
}

/** Words of a text as the index sees them, empty pieces dropped. */
export function queryTerms(query: string): string[] {
  return query.split(TOKEN_SEPARATOR).filter((term) => term.length > 0);
}

/** Folded form of single characters; a text has few distinct ones and folding one costs microseconds. */
const charCache = new Map<string, string>();

function foldChar(char: string): string {
  let folded = charCache.get(char);
  if (folded === undefined) {
    folded = foldVietnamese(char);
    if (charCache.size < 10_000) charCache.set(char, folded);
  }
  return folded;
}

interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`: the original offset where its character starts. */
  start: number[];
  /** For each UTF-16 unit of `folded`: the original offset where its character (and its marks) ends. */
  end: number[];
}

/**
 * Folds code point by code point, remembering where each folded unit came from. A combining mark
 * folds to nothing and extends the previous character, so offsets hold for NFC and NFD input alike.
 */
function foldWithOffsets(text: string): FoldedText {
  const start: number[] = [];
  const end: number[] = [];
  let folded = '';
  let offset = 0;
  for (const char of text) {
    const next = offset + char.length;
    const piece = foldChar(char);
    if (piece.length === 0) {
      if (end.length > 0) end[end.length - 1] = next;
    } else {
      for (let i = 0; i < piece.length; i += 1) {
        start.push(offset);
        end.push(next);
      }
      folded += piece;
    }
    offset = next;
  }
  return { folded, start, end };
}

/** Options of highlightRanges. */
export interface HighlightOptions {
  /** Let the last query term match the start of a longer word (as the search does while typing). */
  prefixLast?: boolean;
}

/**
 * Where the query's words occur in `text`, diacritic- and case-insensitively, as [start, end)
 * offsets into `text` as given (NFC or NFD). Whole words only, except a prefix for the last term.
 */
export function highlightRanges(text: string, query: string, options: HighlightOptions = {}): TextRange[] {
  const terms = queryTerms(foldVietnamese(query));
  if (terms.length === 0 || text.length === 0) return [];
  const last = terms[terms.length - 1] ?? '';
  const whole = new Set(terms);
  const { folded, start, end } = foldWithOffsets(text);
  const ranges: TextRange[] = [];
  for (const match of folded.matchAll(WORD)) {
    const token = match[0];
    const at = match.index;
    let length = 0;
    if (whole.has(token)) length = token.length;
    else if (options.prefixLast !== false && token.startsWith(last)) length = last.length;
    if (length === 0) continue;
    const from = start[at];
    const to = end[at + length - 1];
    if (from !== undefined && to !== undefined) ranges.push([from, to]);
  }
  return ranges;
}

/** A short excerpt of a text with highlight ranges relative to it. */
export interface Snippet {
  text: string;
  highlights: TextRange[];
}

const ELLIPSIS = '…';

/** Moves `at` back to a word start (at most `slack` units), never inside a character's marks. */
function snapBack(text: string, at: number, slack: number): number {
  for (let i = at; i > 0 && at - i <= slack; i -= 1) {
    if (/\s/u.test(text[i - 1] ?? '')) return i;
  }
  let i = at;
  while (i > 0 && /[\u0300-\u036f\uDC00-\uDFFF]/u.test(text[i] ?? '')) i -= 1;
  return i;
}

/** Moves `at` forward to a word end (at most `slack` units), never inside a character's marks. */
function snapForward(text: string, at: number, slack: number): number {
  for (let i = at; i < text.length && i - at <= slack; i += 1) {
    if (/\s/u.test(text[i] ?? '')) return i;
  }
  let i = at;
  while (i < text.length && /[\u0300-\u036f\uDC00-\uDFFF]/u.test(text[i] ?? '')) i += 1;
  return i;
}

/**
 * An excerpt of about `radius` characters either side of the first range, cut at word
 * boundaries, with "…" where text was cut; line breaks and tabs become spaces one for one so
 * the offsets keep lining up. Without ranges, the start of the text.
 */
export function snippet(text: string, ranges: readonly TextRange[], radius = 60): Snippet {
  const first = ranges[0];
  const slack = Math.max(8, Math.round(radius / 3));
  const anchorStart = first ? first[0] : 0;
  const anchorEnd = first ? first[1] : 0;
  const from = anchorStart - radius <= 0 ? 0 : snapBack(text, anchorStart - radius, slack);
  const to = anchorEnd + radius >= text.length ? text.length : snapForward(text, anchorEnd + radius, slack);
  const raw = text.slice(from, to).replace(/[\t\n\r]/g, ' ');
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  const prefix = from > 0 ? ELLIPSIS : '';
  const suffix = to < text.length ? ELLIPSIS : '';
  const shift = from + lead - prefix.length;
  const highlights: TextRange[] = [];
  for (const [s, e] of ranges) {
    const a = Math.max(s - shift, prefix.length);
    const b = Math.min(e - shift, prefix.length + body.length);
    if (a < b) highlights.push([a, b]);
  }
  return { text: prefix + body + suffix, highlights };
}
