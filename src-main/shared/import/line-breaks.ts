/**
 * Which of the printed line breaks of a balanced text (agency name, trích yếu, appendix title)
 * the author chose. The layout balances such texts itself, with the very function given here, so
 * a break it would make anyway is not stored: the fewest breaks from which the balancer prints
 * the same lines are kept as "\n". For the app's own export that gives back every break the
 * clerk typed where the layout would not have broken the line; a break the clerk typed exactly
 * where the layout breaks anyway prints the same with or without it, and is not kept. For other
 * files: the breaks the author set by hand that the balancer would not make.
 */

/** Most lines searched exhaustively; beyond, every break is kept. */
const MAX_SEARCH_LINES = 9;

/**
 * The lines joined with the fewest "\n" that `balance` turns back into `lines`. The lines are
 * the stored text; `print` gives what they print (capitals of a part the layout sets in
 * capitals), which is what `balance` returns.
 */
export function chosenBreaks(lines: readonly string[], balance: (text: string) => string[], print: (text: string) => string = (t) => t): string {
  const clean = lines.map((l) => l.replace(/\s+/gu, ' ').trim()).filter(Boolean);
  if (clean.length <= 1) return clean.join('');
  const target = clean.map(print).join('\n');
  if (clean.length > MAX_SEARCH_LINES) return clean.join('\n');
  const gaps = clean.length - 1;
  // Subsets of the gaps by size: no chosen break first, then one, then two …
  const bySize: number[][] = Array.from({ length: gaps + 1 }, () => []);
  for (let mask = 0; mask < 1 << gaps; mask++) {
    let bits = 0;
    for (let m = mask; m; m &= m - 1) bits++;
    bySize[bits]?.push(mask);
  }
  for (const masks of bySize) {
    for (const mask of masks) {
      let text = clean[0] ?? '';
      for (let i = 1; i < clean.length; i++) text += (mask & (1 << (i - 1)) ? '\n' : ' ') + clean[i];
      if (balance(text).join('\n') === target) return text;
    }
  }
  return clean.join('\n');
}
