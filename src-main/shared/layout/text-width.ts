/**
 * Estimates printed text widths with the advance widths of Liberation Serif, which has the same
 * metrics as Times New Roman. Used to size rules and columns from the text
 * (docs/layout-rules.md §3, §4).
 * Kerning is ignored; TNR's kerning is light enough that rules stay within a few percent.
 */
import { UNITS_PER_EM, WIDTH_TABLES } from './liberation-serif-widths';
import { boundUnits } from './line-breaks';

export type FontFace = keyof typeof WIDTH_TABLES;

/** Width of "n", used for characters missing from the table (0.5 em in Times). */
const FALLBACK_UNITS = 1024;

const lookup: Record<FontFace, Map<number, number>> = {
  regular: new Map(),
  bold: new Map(),
  italic: new Map(),
};
for (const face of Object.keys(WIDTH_TABLES) as FontFace[]) {
  for (const range of WIDTH_TABLES[face]) {
    range.widths.forEach((width, i) => {
      if (width > 0) lookup[face].set(range.from + i, width);
    });
  }
}

/** Advance width of one code point in font units (2048 per em). */
export function advanceUnits(codePoint: number, face: FontFace = 'regular'): number {
  if (codePoint === 0x09) return UNITS_PER_EM * 2; // a tab: rough, callers avoid measuring tabs
  return lookup[face].get(codePoint) ?? FALLBACK_UNITS;
}

/** Width of a single line of text in twips at `sizePt`. */
export function textWidthTwips(text: string, sizePt: number, face: FontFace = 'regular'): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) units += advanceUnits(ch.codePointAt(0) ?? 0x20, face);
  return Math.ceil(((units / UNITS_PER_EM) * sizePt * 20));
}

/**
 * Greedy line breaking at spaces, as Word does for unjustified text: "\n" is a forced break and a
 * word longer than the line is cut where it overflows.
 */
export function wrapText(text: string, sizePt: number, face: FontFace, maxWidthTwips: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidthTwips(candidate, sizePt, face) <= maxWidthTwips || !line) {
        line = candidate;
      } else {
        lines.push(line);
        line = word;
      }
      while (textWidthTwips(line, sizePt, face) > maxWidthTwips && Array.from(line).length > 1) {
        const chars = Array.from(line);
        let fit = chars.length - 1;
        while (fit > 1 && textWidthTwips(chars.slice(0, fit).join(''), sizePt, face) > maxWidthTwips) fit -= 1;
        lines.push(chars.slice(0, fit).join(''));
        line = chars.slice(fit).join('');
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Width of the longest line once `text` is wrapped to `maxWidthTwips`. */
export function longestLineTwips(text: string, sizePt: number, face: FontFace, maxWidthTwips: number): number {
  return Math.max(0, ...wrapText(text, sizePt, face, maxWidthTwips).map((l) => textWidthTwips(l.trim(), sizePt, face)));
}

/**
 * Greedy wrapping of bound units (see line-breaks.ts): a unit moves to the next line whole; one
 * wider than the line falls back to its words, then to plain wrapping.
 */
function wrapUnits(text: string, sizePt: number, face: FontFace, maxWidthTwips: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of boundUnits(text)) {
    const candidate = line ? `${line} ${unit}` : unit;
    if (textWidthTwips(candidate, sizePt, face) <= maxWidthTwips) {
      line = candidate;
    } else if (textWidthTwips(unit, sizePt, face) <= maxWidthTwips) {
      if (line) lines.push(line);
      line = unit;
    } else {
      const parts = wrapText(candidate, sizePt, face, maxWidthTwips);
      lines.push(...parts.slice(0, -1));
      line = parts[parts.length - 1] ?? '';
    }
  }
  lines.push(line);
  return lines;
}

/**
 * Breaks a text that would wrap into lines of even length, as clerks set agency names and titles
 * ("SỞ THÔNG TIN VÀ / TRUYỀN THÔNG" rather than "SỞ THÔNG TIN VÀ TRUYỀN / THÔNG"): as few lines
 * as wrapping needs, the longest as short as possible, and never a break that leaves a word
 * needing what follows at a line end ("năm / 2023", "của / Sở"; line-breaks.ts). Chosen breaks
 * ("\n") are kept and each part between them is balanced on its own; a part that fits stays.
 */
export function balanceLines(text: string, sizePt: number, face: FontFace, maxWidthTwips: number): string {
  if (text.includes('\n')) return text.split('\n').map((part) => balanceLines(part, sizePt, face, maxWidthTwips)).join('\n');
  if (textWidthTwips(text, sizePt, face) <= maxWidthTwips) return text;
  const count = wrapUnits(text, sizePt, face, maxWidthTwips).length;
  // Binary search for the narrowest width that still needs no more lines.
  let low = Math.ceil(textWidthTwips(text, sizePt, face) / count);
  let high = maxWidthTwips;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (wrapUnits(text, sizePt, face, mid).length <= count) high = mid;
    else low = mid + 1;
  }
  return wrapUnits(text, sizePt, face, high).join('\n');
}

/** `balanceLines` as a list of lines, each trimmed, empty lines dropped. */
export function balancedLines(text: string, sizePt: number, face: FontFace, maxWidthTwips: number): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  return balanceLines(trimmed, sizePt, face, maxWidthTwips)
    .split('\n')
    .map((l) => l.replace(/ {2,}/gu, ' ').trim())
    .filter(Boolean);
}

/** Where a title line may end and how much a break there costs (docs/layout-rules.md §5, our choice). */
const PHRASE_COST = { afterPunctuation: 0, beforeConjunction: 0.02, beforePreposition: 0.05, inside: 0.2 } as const;
const CONJUNCTIONS = new Set(['và', 'hoặc', 'cùng']);
const PREPOSITIONS = new Set(['của', 'về', 'trong', 'tại', 'theo', 'đối', 'trên', 'cho', 'đến', 'từ', 'với', 'giai', 'năm', 'ngày', 'tháng', 'quý']);
/** Above this many lines the search for phrase breaks is too wide; plain balancing is used. */
const MAX_PHRASE_LINES = 4;

function breakCost(before: string, after: string): number {
  if (/[,;:]$/u.test(before)) return PHRASE_COST.afterPunctuation;
  const next = after.split(' ')[0]?.toLocaleLowerCase('vi') ?? '';
  if (CONJUNCTIONS.has(next)) return PHRASE_COST.beforeConjunction;
  if (PREPOSITIONS.has(next)) return PHRASE_COST.beforePreposition;
  return PHRASE_COST.inside;
}

/**
 * Balances a title (trích yếu, appendix or Phần title) as `balanceLines` does — as few lines as
 * wrapping needs, no bound pair split — and among the breaks that keep the lines about as even,
 * prefers those at phrase boundaries: after a comma or semicolon, then before "và", then before
 * a preposition, so "… năm 2024 / và phương hướng …" wins over "… kinh tế - xã / hội …".
 */
export function balanceTitle(text: string, sizePt: number, face: FontFace, maxWidthTwips: number): string {
  if (text.includes('\n')) return text.split('\n').map((part) => balanceTitle(part, sizePt, face, maxWidthTwips)).join('\n');
  if (textWidthTwips(text, sizePt, face) <= maxWidthTwips) return text;
  const units = boundUnits(text);
  const count = wrapUnits(text, sizePt, face, maxWidthTwips).length;
  if (count > MAX_PHRASE_LINES || units.length > 60) return balanceLines(text, sizePt, face, maxWidthTwips);
  const width = (from: number, to: number): number => textWidthTwips(units.slice(from, to).join(' '), sizePt, face);
  const found: { best: { cost: number; breaks: number[] } | null } = { best: null };
  // Every way to cut the units into `count` lines that fit; the cost is the longest line plus the break costs.
  const search = (start: number, linesLeft: number, breaks: number[], longest: number, penalty: number): void => {
    if (linesLeft === 1) {
      const last = width(start, units.length);
      if (last > maxWidthTwips) return;
      const cost = Math.max(longest, last) + penalty;
      if (!found.best || cost < found.best.cost) found.best = { cost, breaks: [...breaks] };
      return;
    }
    for (let end = start + 1; end <= units.length - linesLeft + 1; end++) {
      const w = width(start, end);
      if (w > maxWidthTwips) break;
      const cost = breakCost(units[end - 1] ?? '', units[end] ?? '') * maxWidthTwips;
      search(end, linesLeft - 1, [...breaks, end], Math.max(longest, w), penalty + cost);
    }
  };
  search(0, count, [], 0, 0);
  if (!found.best) return balanceLines(text, sizePt, face, maxWidthTwips);
  const cuts = [0, ...found.best.breaks, units.length];
  return cuts.slice(1).map((end, i) => units.slice(cuts[i], end).join(' ')).join('\n');
}

/** `balanceTitle` as a list of lines, each trimmed, empty lines dropped. */
export function balancedTitleLines(text: string, sizePt: number, face: FontFace, maxWidthTwips: number): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  return balanceTitle(trimmed, sizePt, face, maxWidthTwips)
    .split('\n')
    .map((l) => l.replace(/ {2,}/gu, ' ').trim())
    .filter(Boolean);
}
