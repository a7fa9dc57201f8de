/** WordprocessingML size units: half-points (`w:sz` of runs) and eighths of a point (border `w:sz`). */

/** Points to the half-points of `w:sz`. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Points to the eighths of a point of border widths (`w:sz` of a border). */
export function borderEighths(pt: number): number {
  return Math.round(pt * 8);
}
