/** Figures every benchmark prints: the median and p95 of a sample, and a duration in ms. */

/** The middle of `xs` (the mean of the two middles for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

/** The value 95 % of `xs` do not exceed (nearest rank); NaN for none. */
export function p95(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] ?? NaN;
}

/** A duration in ms, with one decimal under 10 ms. */
export function ms(x: number): string {
  return `${x.toFixed(x < 10 ? 1 : 0)} ms`;
}
