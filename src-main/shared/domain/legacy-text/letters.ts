/**
 * The Vietnamese letters as the legacy encodings see them: a vowel base (a, ă, â, …) and one of
 * six tones. Both legacy tables are written against this grid, so a letter is found in them by
 * its base and tone rather than by listing 134 characters twice.
 */

/** Tone marks in the order both legacy tables list them: none, huyền, hỏi, ngã, sắc, nặng. */
export const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;
/** Index into TONES. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;
/** All tone indices, none first. */
export const TONE_INDICES: readonly Tone[] = [0, 1, 2, 3, 4, 5];

/** The twelve vowel bases of Vietnamese, lower case. */
export const VOWEL_BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
/** One vowel base. */
export type VowelBase = (typeof VOWEL_BASES)[number];

/** The lower-case letter of `base` with `tone`, precomposed (NFC). */
export function toned(base: VowelBase, tone: Tone): string {
  return `${base}${TONES[tone]}`.normalize('NFC');
}

/**
 * The 67 lower-case Vietnamese letters outside ASCII (12 bases × 6 tones, less the six plain
 * ASCII vowels, plus đ); with their capitals, the 134 letters a legacy table must cover.
 */
export const VIETNAMESE_LETTERS: readonly string[] = [
  ...VOWEL_BASES.flatMap((base) => TONE_INDICES.map((tone) => toned(base, tone))).filter((letter) => letter > '\u007f'),
  'đ',
];

/** Lower case with Vietnamese rules (đ/Đ, and the dotted i of Turkish locales never applies). */
export const lower = (text: string): string => text.toLocaleLowerCase('vi');
/** Upper case with Vietnamese rules. */
export const upper = (text: string): string => text.toLocaleUpperCase('vi');
