/**
 * VNI (VNI-Windows, the VNI-Times family): a letter is its ASCII base followed by one accent
 * byte (â for a circumflex, ê for a breve, ù for sắc, ä for a circumflex with nặng …); đ, ơ, ư
 * and the toned i's and ỵ are single bytes, and ơ/ư take a tone byte after them. Capitals use
 * the capital form of every byte ("VIEÄT NAM"). Text from those fonts reaches us as the
 * Windows-1252 characters of its bytes, so "Bộ Nội vụ" arrives as "Boä Noäi vuï".
 *
 * Checked against the VNI column of duydev/vietnamese-conversion (src/charsets.ts, all 134
 * letters) and its test phrases, and the VNI-Windows table of khiemdoan/VBKey
 * (Modules/mdlCodeTable.bas).
 */
import { lower, TONE_INDICES, toned, upper, VOWEL_BASES, type Tone, type VowelBase } from './letters';

/** Tone bytes after a, e, o, u, y, ơ, ư, in the order none, huyền, hỏi, ngã, sắc, nặng. */
const TONE_BYTES = ['', '\u00f8', '\u00fb', '\u00f5', '\u00f9', '\u00ef'] as const; // ø û õ ù ï
/** Circumflex with each tone, after a, e, o: â à å ã á ä. */
const CIRCUMFLEX_BYTES = ['\u00e2', '\u00e0', '\u00e5', '\u00e3', '\u00e1', '\u00e4'] as const;
/** Breve with each tone, after a: ê è ú ü é ë. */
const BREVE_BYTES = ['\u00ea', '\u00e8', '\u00fa', '\u00fc', '\u00e9', '\u00eb'] as const;
/** i with each tone is one byte: i ì æ ó í ò. */
const I_FORMS = ['i', '\u00ec', '\u00e6', '\u00f3', '\u00ed', '\u00f2'] as const;
/** y takes tone bytes, but ỵ is one byte: î. */
const Y_FORMS = ['y', 'y\u00f8', 'y\u00fb', 'y\u00f5', 'y\u00f9', '\u00ee'] as const;
const O_HORN = '\u00f4'; // ô stands for ơ
const U_HORN = '\u00f6'; // ö stands for ư
const D_STROKE = '\u00f1'; // ñ stands for đ

/** The VNI spelling of a lower-case letter. */
function vniOf(base: VowelBase, tone: Tone): string {
  switch (base) {
    case 'a':
    case 'e':
    case 'o':
    case 'u':
      return `${base}${TONE_BYTES[tone]}`;
    case 'ă':
      return `a${BREVE_BYTES[tone]}`;
    case 'â':
      return `a${CIRCUMFLEX_BYTES[tone]}`;
    case 'ê':
      return `e${CIRCUMFLEX_BYTES[tone]}`;
    case 'ô':
      return `o${CIRCUMFLEX_BYTES[tone]}`;
    case 'ơ':
      return `${O_HORN}${TONE_BYTES[tone]}`;
    case 'ư':
      return `${U_HORN}${TONE_BYTES[tone]}`;
    case 'i':
      return I_FORMS[tone];
    case 'y':
      return Y_FORMS[tone];
  }
}

const ENCODE = new Map<string, string>();
/** Sequences of one or two characters and the letter they stand for. */
const DECODE = new Map<string, string>();
function add(letter: string, vni: string): void {
  if (letter === vni) return; // plain ASCII vowels
  ENCODE.set(letter, vni);
  DECODE.set(vni, letter);
  const [base = '', mark = ''] = [...vni];
  const capital = upper(letter);
  DECODE.set(upper(vni), capital);
  // A capital base with a small accent byte ("Uû") still means the capital letter.
  if (mark && /[a-z]/u.test(base)) DECODE.set(`${upper(base)}${mark}`, capital);
}
for (const base of VOWEL_BASES) for (const tone of TONE_INDICES) add(toned(base, tone), vniOf(base, tone));
add('đ', D_STROKE);

/** Every character that can stand for (part of) a letter in VNI text. */


/** VNI text (as Windows-1252 characters) to Unicode NFC. Characters outside the table are kept. */
export function convertVni(text: string): string {
  const chars = [...text.normalize('NFC')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    const pair = DECODE.get(char + (chars[i + 1] ?? ''));
    if (pair !== undefined) {
      out += pair;
      i++;
    } else {
      out += DECODE.get(char) ?? char;
    }
  }
  return out.normalize('NFC');
}

/** Unicode to VNI (as Windows-1252 characters), capitals with capital accent bytes. Other characters are kept. */
export function toVni(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const small = lower(char);
    const vni = ENCODE.get(small);
    out += vni === undefined ? char : char === small ? vni : upper(vni);
  }
  return out;
}
