/** Length conversions of the plan: everything is twips (1/20 pt). */

/** Millimetres to twips (1 mm = 56.7 twips), rounded: 20 → 1134, 30 → 1701, 15 → 850. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Centimetres to twips: 1 → 567, 1.27 → 720. */
export function cmToTwips(cm: number): number {
  return mmToTwips(cm * 10);
}

/** Points to twips. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Twips to points (for outputs that size in points, such as CSS). */
export function twipsToPt(twips: number): number {
  return twips / 20;
}
