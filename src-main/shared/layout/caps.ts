/**
 * Capitals the layout prints (docs/layout-rules.md §4, §7.1, §8.2, §9, §13): agency names, Phần
 * and Mục titles, appendix titles, the signer's authority lines and titles, the drafter code.
 * The plan holds both the printed lines and, for such parts, the clerk's own letters, so an
 * output that can store capitals as formatting (DOCX's "All caps", w:caps) keeps what the clerk
 * typed and the importer gets it back; the others print the printed lines.
 *
 * Upper-casing goes character by character with the Vietnamese rules (đ → Đ) and never changes
 * the length of a text: a character whose capital takes more code units (ß → SS) stays as it is.
 * So the printed text and the typed text line up letter for letter, which both the DOCX writer
 * and the importer rely on.
 */

/** `text` in capitals, Vietnamese rules, same length and character positions as `text`. */
export function toCaps(text: string): string {
  const whole = text.toLocaleUpperCase('vi');
  // Upper-casing never shortens a text, so an equal length means no character expanded.
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const upper = ch.toLocaleUpperCase('vi');
    out += upper.length === ch.length ? upper : ch;
  }
  return out;
}

/** Printed lines of a part, and the same lines as the clerk typed them (null when both are the same). */
export interface CapsLines {
  lines: string[];
  typed: string[] | null;
}

/**
 * `typed` as the clerk's letters of the printed `lines`: kept when each line prints as typed or
 * as typed with its capitals stretch (capsStretch) in capitals, and one at least does not print
 * as typed; null otherwise.
 */
export function typedLines(lines: readonly string[], typed: readonly string[]): string[] | null {
  if (typed.length !== lines.length) return null;
  let differs = false;
  for (const [i, t] of typed.entries()) {
    const printed = lines[i] ?? '';
    if (t === printed) continue;
    if (withCapsStretch(t, printed) !== printed) return null;
    differs = true;
  }
  return differs ? [...typed] : null;
}

/** `typed` with its capitals stretch against `printed` in capitals: what a DOCX run set in "All caps" shows. */
function withCapsStretch(typed: string, printed: string): string {
  const stretch = capsStretch(typed, printed);
  if (!stretch) return typed;
  const [start, end] = stretch;
  return `${typed.slice(0, start)}${toCaps(typed.slice(start, end))}${typed.slice(end)}`;
}

/**
 * A part printed in capitals and set in lines by `balance` (which sees the printed text, so
 * widths are those of capitals): the printed lines, and the clerk's text of each line, found at
 * the same place of the typed text.
 */
export function capsLines(text: string, balance: (printed: string) => string[]): CapsLines {
  // The balancers collapse runs of spaces and trim lines; the typed text is read the same way.
  const typed = text.replace(/ {2,}/gu, ' ');
  const printed = toCaps(typed);
  const lines = balance(printed);
  const out: string[] = [];
  let cursor = 0;
  for (const line of lines) {
    const at = printed.indexOf(line, cursor);
    if (at < 0) return { lines, typed: null };
    out.push(typed.slice(at, at + line.length));
    cursor = at + line.length;
  }
  return { lines, typed: typedLines(lines, out) };
}

/**
 * The stretch of a typed line that capitals change, widened to whole words, and to the line's
 * ends where what lies beyond shows the same in capitals ("I. ", " 2023"): [start, end) in both
 * texts (same length). Null when the line prints as typed. The DOCX writer sets this stretch in
 * "All caps" and the rest as it is.
 */
export function capsStretch(typed: string, printed: string): [number, number] | null {
  if (typed === printed || typed.length !== printed.length) return null;
  let start = 0;
  while (start < typed.length && typed[start] === printed[start]) start++;
  let end = typed.length;
  while (end > start && typed[end - 1] === printed[end - 1]) end--;
  while (start > 0 && !/\s/u.test(typed[start - 1] ?? ' ')) start--;
  while (end < typed.length && !/\s/u.test(typed[end] ?? ' ')) end++;
  const same = (part: string) => toCaps(part) === part;
  if (same(typed.slice(0, start))) start = 0;
  if (same(typed.slice(end))) end = typed.length;
  return [start, end];
}
