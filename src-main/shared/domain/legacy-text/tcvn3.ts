/**
 * TCVN3 ("ABC", the .VnTime family): the VN3 table of TCVN 5712:1993. One byte per letter; the
 * lower-case letters and seven capitals (Ă Â Ê Ô Ơ Ư Đ) have codes, the other capitals do not:
 * they were typed in the capitals fonts (.VnTimeH, .VnArialH …), which draw the lower-case codes
 * as capitals. Text from those fonts reaches us as the Windows-1252 characters of its bytes
 * (0xB8 → "¸"), so "Bộ Nội vụ" arrives as "Bé Néi vô".
 *
 * Checked against the TCVN 5712 table of XFree86/X-TrueType (apple-open-source/macos,
 * X11/xc/extras/X-TrueType/TCVN/TCVNtoUCS2.c, upper half 0xA1–0xFE: VN1 there, identical to VN3
 * for every code below) and the TCVN3 column of duydev/vietnamese-conversion (src/charsets.ts).
 * The five combining tone marks VN3 puts at 0xB0–0xB4 are left out on purpose: in Windows-1252
 * they are °, ±, ², ³ and ´, which ordinary text uses far more often than any legacy file.
 */
import { lower, TONE_INDICES, toned, upper, VOWEL_BASES, type VowelBase } from './letters';

/** Codes of each base for tones none, huyền, hỏi, ngã, sắc, nặng; null where the letter is ASCII. */
const VN3_VOWELS: Readonly<Record<VowelBase, readonly [number | null, number, number, number, number, number]>> = {
  a: [null, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [null, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [null, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [null, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [null, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [null, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
const VN3_D = 0xae;
/** The only capitals of the ordinary (non-H) fonts. */
const VN3_CAPITALS: Readonly<Record<string, number>> = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7 };

const DECODE = new Map<string, string>();
const ENCODE = new Map<string, string>();
for (const base of VOWEL_BASES) {
  for (const tone of TONE_INDICES) {
    const code = VN3_VOWELS[base][tone];
    if (code === null || code === undefined) continue;
    const char = String.fromCharCode(code);
    DECODE.set(char, toned(base, tone));
    ENCODE.set(toned(base, tone), char);
  }
}
DECODE.set(String.fromCharCode(VN3_D), 'đ');
ENCODE.set('đ', String.fromCharCode(VN3_D));
const CAPITAL_CHARS = new Set<string>();
for (const [capital, code] of Object.entries(VN3_CAPITALS)) {
  const char = String.fromCharCode(code);
  DECODE.set(char, capital);
  CAPITAL_CHARS.add(char);
}

/** Every character that stands for a letter in TCVN3 text, as it arrives (Windows-1252 / Latin-1). */
export const TCVN3_CHARS: ReadonlySet<string> = new Set(DECODE.keys());

/** How the capitals were typed: in an H font (true), an ordinary font (false), or decide per word ('auto'). */
export type CapsFont = boolean | 'auto';

/** Options of TCVN3 conversion. */
export interface Tcvn3Options {
  /**
   * true: the text was set in a capitals font (.VnTimeH), so every letter is a capital;
   * 'auto' (the default): a word whose ASCII letters are all capitals (at least two, as in
   * "B¸O C¸O") is read as H-font text, a word with a lower-case ASCII letter as ordinary text, and
   * a word with neither ("Bé", "ë") follows the nearest word that decides.
   */
  capsFont?: CapsFont;
}

const ASCII_UPPER = /[A-Z]/u;
const ASCII_LOWER = /[a-z]/u;

function decodeChars(text: string): string {
  let out = '';
  for (const char of text) out += DECODE.get(char) ?? char;
  return out;
}

type Case = 'caps' | 'normal' | null;

/** What a word says about the font it was typed in, or null when it says nothing. */
function wordCase(word: string): Case {
  let legacy = false;
  let capitals = 0;
  for (const char of word) {
    if (ASCII_LOWER.test(char)) return 'normal';
    if (ASCII_UPPER.test(char) || CAPITAL_CHARS.has(char)) capitals++;
    if (TCVN3_CHARS.has(char)) legacy = true;
  }
  if (!legacy) return null; // plain ASCII words (UBND, 2023) say nothing about the font
  return capitals >= 2 ? 'caps' : null;
}

/** Words of TCVN3 text: letters and the characters that stand for letters (¸, ­, ® …). */
const WORD = /[\p{L}\p{M}\u00a1-\u00ff]+/gu;

function decodeAuto(text: string): string {
  const words = [...text.matchAll(WORD)];
  const cases = words.map((m) => wordCase(m[0]));
  // An undecided word takes the case of the nearest deciding word before it, else after it.
  const before: Case[] = [];
  let seen: Case = null;
  cases.forEach((c, i) => (before[i] = seen = c ?? seen));
  const after: Case[] = [];
  seen = null;
  for (let i = cases.length - 1; i >= 0; i--) after[i] = seen = cases[i] ?? seen;
  let out = '';
  let at = 0;
  words.forEach((m, i) => {
    out += text.slice(at, m.index);
    const decoded = decodeChars(m[0]);
    out += (before[i] ?? after[i]) === 'caps' ? upper(decoded) : decoded;
    at = m.index + m[0].length;
  });
  return out + text.slice(at);
}

/** TCVN3 text (as Windows-1252 characters) to Unicode NFC. Characters outside the table are kept. */
export function convertTcvn3(text: string, options: Tcvn3Options = {}): string {
  const caps = options.capsFont ?? 'auto';
  const input = text.normalize('NFC');
  if (caps === true) return upper(decodeChars(input)).normalize('NFC');
  if (caps === false) return decodeChars(input).normalize('NFC');
  return decodeAuto(input).normalize('NFC');
}

/**
 * Unicode to TCVN3 (as Windows-1252 characters), the way a .VnTime user typed it. With
 * `capsFont: true` it is H-font text: capitals as the lower-case codes, ASCII letters in capitals.
 * Without it, a capital that VN3 has no code for is written with its lower-case code, as on a
 * .VnTime page (the case is lost). Characters that are not Vietnamese letters are kept.
 */
export function toTcvn3(text: string, options: { capsFont?: boolean } = {}): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const small = lower(char);
    const code = ENCODE.get(small);
    if (options.capsFont) {
      out += code ?? upper(char);
    } else if (code === undefined) {
      out += char;
    } else {
      const capital = char !== small ? VN3_CAPITALS[char] : undefined;
      out += capital === undefined ? code : String.fromCharCode(capital);
    }
  }
  return out;
}
