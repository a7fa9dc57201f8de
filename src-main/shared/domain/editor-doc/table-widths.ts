/**
 * Column widths changed from the keyboard. Widths are relative; once the clerk changes one,
 * the table's widths become whole percentages (summing to 100) so steps are even and readable.
 */

/** Percentage points one "widen"/"narrow" moves a column by. */
export const WIDTH_STEP = 5;
/** The narrowest a column may become, in percent. */
export const MIN_WIDTH = 5;

/** Whole numbers in proportion to `weights` summing exactly to `total` (largest remainder). */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  const exact = weights.map((w) => (sum > 0 ? (w / sum) * total : total / weights.length));
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left--;
  }
  return out;
}

/** `total` shared out with at least `min` each, the rest in proportion to what exceeds `min`. */
function share(weights: readonly number[], total: number, min: number): number[] {
  const spare = total - min * weights.length;
  const room = weights.map((w) => Math.max(w - min, 0));
  return apportion(room.some((r) => r > 0) ? room : weights.map(() => 1), spare).map((w) => w + min);
}

/** The widths as whole percentages, each at least MIN_WIDTH where there is room for it. */
export function toPercents(widths: readonly number[]): number[] {
  const percents = apportion(widths, 100);
  return MIN_WIDTH * widths.length > 100 || percents.every((p) => p >= MIN_WIDTH) ? percents : share(percents, 100, MIN_WIDTH);
}

/**
 * The widths after column `index` was widened (`direction` 1) or narrowed (-1) by WIDTH_STEP
 * points; the other columns give or take the difference in proportion. Unchanged when the
 * column cannot move (a single column, or every other column at MIN_WIDTH).
 */
export function resizeColumn(widths: readonly number[], index: number, direction: 1 | -1): number[] {
  const n = widths.length;
  if (n < 2 || index < 0 || index >= n || MIN_WIDTH * n > 100) return [...widths];
  const percents = toPercents(widths);
  const current = percents[index] ?? 0;
  const target = Math.max(MIN_WIDTH, Math.min(100 - MIN_WIDTH * (n - 1), current + direction * WIDTH_STEP));
  if (target === current) return [...widths];
  const others = percents.filter((_, i) => i !== index);
  const shared = direction > 0 ? share(others, 100 - target, MIN_WIDTH) : apportion(others, 100 - target);
  shared.splice(index, 0, target);
  return shared;
}
