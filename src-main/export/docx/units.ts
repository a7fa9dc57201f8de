/** Unit conversions for WordprocessingML: twips (1/20 pt), half-points, eighths of a point. */

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

/** Points to the half-points of `w:sz`. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Points to the eighths of a point of border widths (`w:sz` of a border). */
export function borderEighths(pt: number): number {
  return Math.round(pt * 8);
}
