/** Heading numbers: Phần, Roman mục, Arabic khoản, Vietnamese điểm letters. */
import { ordinalWords } from './vn-number-words';

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → "I", 4 → "IV", 2024 → "MMXXIV". */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`No Roman numeral for ${n}`);
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** The Vietnamese alphabet NĐ30 uses for điểm: no f, j, w, z; đ after d. */
export const POINT_LETTERS = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
] as const;

/** 1 → "a", 5 → "đ", 6 → "e", 7 → "g"; past "y" it doubles ("aa", "ab", …). */
export function toPointLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`No point letter for ${n}`);
  const base = POINT_LETTERS.length;
  let rest = n;
  let out = '';
  while (rest > 0) {
    const index = (rest - 1) % base;
    out = POINT_LETTERS[index] + out;
    rest = Math.floor((rest - 1) / base);
  }
  return out;
}

export type HeadingKind = 'part' | 'roman' | 'arabic' | 'letter';

/** How a Phần is numbered: "Phần I" or "Phần thứ nhất" (NĐ30 II.6.đ writes the Roman form). */
export type PartNumbering = 'roman' | 'words';

/** "Phần I" / "Phần thứ nhất": the part word and number, on a line of its own. */
export function partLabel(style: PartNumbering, n: number): string {
  return `Phần ${style === 'words' ? ordinalWords(n) : toRoman(n)}`;
}

/** The label printed before a heading: "Phần I", "I.", "1.", "a)". */
export function headingLabel(kind: HeadingKind, n: number, partStyle: PartNumbering = 'roman'): string {
  switch (kind) {
    case 'part':
      return partLabel(partStyle, n);
    case 'roman':
      return `${toRoman(n)}.`;
    case 'arabic':
      return `${n}.`;
    case 'letter':
      return `${toPointLetter(n)})`;
  }
}
