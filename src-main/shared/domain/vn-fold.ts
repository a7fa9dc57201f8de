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

/** Options of highlightRanges. */
export interface HighlightOptions {
  /** Let the last query term match the start of a longer word (as the search does while typing). */
  prefixLast?: boolean;
}

/** Combining marks an NFD text may carry after any letter. */
const MARKS = '[\\u0300-\\u036f]*';
const NOT_IN_WORD = '[\\p{L}\\p{N}\\p{M}]';
const IN_WORD = /[\p{L}\p{N}\p{M}]/u;

let letterClasses: Map<string, string> | undefined;

/**
 * For each folded letter a-z, a regex class of every precomposed letter that folds to it
 * ("d" → [dDđĐðÐ], "a" → [aAàÀáÁ…ậẬ]); built once from the Latin blocks, a few milliseconds.
 */
function classes(): Map<string, string> {
  if (letterClasses) return letterClasses;
  const groups = new Map<string, string[]>();
  for (const [from, to] of [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let code = from; code <= to; code += 1) {
      const char = String.fromCharCode(code);
      const folded = foldVietnamese(char);
      if (/^[a-z]$/.test(folded)) groups.set(folded, [...(groups.get(folded) ?? []), char]);
    }
  }
  letterClasses = new Map([...groups].map(([letter, chars]) => [letter, `[${chars.join('')}]`]));
  return letterClasses;
}

const escape = (char: string): string => char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Both cases spelled out: the "i" flag with "u" made matching several times slower. */
function termPattern(term: string): string {
  const table = classes();
  return Array.from(term, (char) => {
    const upper = char.toLocaleUpperCase('vi');
    const alone = upper === char || upper.length !== 1 ? escape(char) : `[${escape(char)}${escape(upper)}]`;
    return (table.get(char) ?? alone) + MARKS;
  }).join('');
}

/** Recent query regexes: one query highlights a page of hits. */
const regexCache = new Map<string, RegExp>();

/**
 * A regex matching the query's words in original text: each letter becomes the class of its
 * diacritic variants, optionally followed by combining marks. Matching the text as given, rather
 * than folding it and mapping offsets back, keeps offsets right for NFC and NFD alike and lets the
 * regex engine do the scanning (a 10,000-character body in well under a millisecond).
 */
function queryRegex(query: string, prefixLast: boolean): RegExp | null {
  const key = `${prefixLast ? 1 : 0}${query}`;
  const hit = regexCache.get(key);
  if (hit) return hit;
  const terms = [...new Set(queryTerms(foldVietnamese(query)))];
  if (terms.length === 0) return null;
  const prefix = prefixLast ? terms.pop() : undefined;
  const whole = terms.sort((a, b) => b.length - a.length).map(termPattern);
  const alternatives = [
    ...(whole.length > 0 ? [`(?:${whole.join('|')})(?!${NOT_IN_WORD})`] : []),
    ...(prefix ? [termPattern(prefix)] : []),
  ];
  // Word starts are checked after matching (see highlightRanges): a lookbehind ran at every position.
  const regex = new RegExp(alternatives.join('|'), 'gu');
  if (regexCache.size >= 8) regexCache.clear();
  regexCache.set(key, regex);
  return regex;
}

/**
 * Where the query's words occur in `text`, diacritic- and case-insensitively, as [start, end)
 * offsets into `text` as given (NFC or NFD), in order. Whole words only, except that the last
 * query word also matches the start of a longer word unless `prefixLast` is false.
 */
export function highlightRanges(text: string, query: string, options: HighlightOptions = {}): TextRange[] {
  const regex = text.length > 0 ? queryRegex(query, options.prefixLast !== false) : null;
  if (!regex) return [];
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(regex)) {
    // A match inside a word ("an" in "ban") is not a word start; no word start lies inside it
    // either (it is all letters), so skipping past it loses nothing.
    if (match.index > 0 && IN_WORD.test(text[match.index - 1] ?? '')) continue;
    ranges.push([match.index, match.index + match[0].length]);
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
 * The stretch of ranges to show: the one, starting at some range and spanning at most
 * 2 × radius, that holds the most different words — "dân tộc" together beats a lone earlier "dân".
 */
function bestGroup(text: string, ranges: readonly TextRange[], radius: number): TextRange | undefined {
  const considered = ranges.slice(0, 200); // a common word can match hundreds of times
  const words = considered.map(([s, e]) => foldVietnamese(text.slice(s, e)));
  let best: TextRange | undefined;
  let bestCount = 0;
  for (let i = 0; i < considered.length; i += 1) {
    const start = considered[i]?.[0] ?? 0;
    const distinct = new Set<string>();
    let end = start;
    for (let j = i; j < considered.length; j += 1) {
      const [s, e] = considered[j] ?? [0, 0];
      if (s - start > 2 * radius) break;
      distinct.add(words[j] ?? '');
      end = e;
    }
    if (distinct.size > bestCount) {
      best = [start, end];
      bestCount = distinct.size;
    }
  }
  return best;
}

/**
 * An excerpt of about `radius` characters either side of the best group of ranges, cut at word
 * boundaries, with "…" where text was cut; line breaks and tabs become spaces one for one so the
 * offsets keep lining up. Without ranges, the start of the text.
 */
export function snippet(text: string, ranges: readonly TextRange[], radius = 60): Snippet {
  const group = bestGroup(text, ranges, radius);
  const slack = Math.max(8, Math.round(radius / 3));
  const anchorStart = group ? group[0] : 0;
  const anchorEnd = group ? group[1] : 0;
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
