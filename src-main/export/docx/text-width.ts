/**
 * Estimates printed text widths with the advance widths of Liberation Serif, which has the same
 * metrics as Times New Roman. Used to size rules and columns from the text (spec §3.3, §4.2).
 * Kerning is ignored; TNR's kerning is light enough that rules stay within a few percent.
 */
import { UNITS_PER_EM, WIDTH_TABLES } from './liberation-serif-widths';

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
 * Breaks a text that would wrap into lines of even length, as clerks set agency names and titles
 * ("SỞ THÔNG TIN VÀ / TRUYỀN THÔNG" rather than "SỞ THÔNG TIN VÀ TRUYỀN / THÔNG"): the same
 * number of lines as plain wrapping, the longest as short as possible. Chosen breaks ("\n") are
 * kept and each part between them is balanced on its own; a part that fits stays as it is.
 */
export function balanceLines(text: string, sizePt: number, face: FontFace, maxWidthTwips: number): string {
  if (text.includes('\n')) return text.split('\n').map((part) => balanceLines(part, sizePt, face, maxWidthTwips)).join('\n');
  const lines = wrapText(text, sizePt, face, maxWidthTwips);
  if (lines.length < 2) return text;
  // Binary search for the narrowest width that still needs no more lines.
  let low = Math.ceil(textWidthTwips(text, sizePt, face) / lines.length);
  let high = maxWidthTwips;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (wrapText(text, sizePt, face, mid).length <= lines.length) high = mid;
    else low = mid + 1;
  }
  return wrapText(text, sizePt, face, high).join('\n');
}
