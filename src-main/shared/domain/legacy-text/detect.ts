/**
 * Telling TCVN3 or VNI mojibake from real text, and fixing it.
 *
 * Legacy text is made of Windows-1252 characters only, and its accented words are not
 * Vietnamese syllables until converted ("Néi" → "Nội", "Noäi" → "Nội"). So each word with a
 * character above ASCII is weighed, for each encoding:
 * - for: not a syllable as it stands, a syllable after conversion;
 * - ambiguous: a syllable both ways ("Bé" → "Bộ"), which supports a verdict but cannot make one;
 * - against: a word conversion breaks or cannot explain ("été", "schön"), and any word with a
 *   letter no legacy font produces (ư, ạ, ế in Unicode: real Vietnamese).
 * The share of words that become syllables, discounted for ambiguous ones and for plain ASCII
 * words that are no Vietnamese ("est", "the"), is the confidence. Unicode Vietnamese, English,
 * French and German text have no "for" words or too many "against" ones, so nothing fires.
 */
import { isVietnameseSyllable } from './syllable';
import { convertTcvn3, type CapsFont } from './tcvn3';
import { convertVni } from './vni';

/** The legacy encodings we recognise. */
export type LegacyEncoding = 'tcvn3' | 'vni';
/** All legacy encodings, in the order ties are broken. */
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni'];

/** Vietnamese names of the encodings and the fonts that used them, for messages. */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TCVN3 (ABC, phông .VnTime)',
  vni: 'VNI (phông VNI-Times)',
};

/** The verdict on one text. */
export interface LegacyDetection {
  /** The encoding the text is in, or null when it is not legacy text (or too unclear to say). */
  encoding: LegacyEncoding | null;
  /** 0–1: how sure; at least DETECTION_THRESHOLD when `encoding` is set. */
  confidence: number;
}

/** Confidence from which a text is called legacy. */
export const DETECTION_THRESHOLD = 0.6;
/** Share of the accented words that must become syllables. */
const MIN_SHARE = 0.8;

/** Words: letters, combining marks and the Latin-1 characters that stand for letters (¸ ­ ® …). */
const WORD = /[\p{L}\p{M}\u00a1-\u00ff]+/gu;
const NON_ASCII = /[\u0080-\u{10ffff}]/u;
/** A character legacy fonts never produce: anything above Latin-1 (ư, ạ, đ, ế …). */
const BEYOND_LATIN1 = /[\u0100-\u{10ffff}]/u;
const ASCII_LOWER = /[a-z]/u;
const LATIN1_HIGH = /[\u00a0-\u00ff]/u;

interface Tally {
  support: number;
  for: number;
  ambiguous: number;
  against: number;
}

const convertWord: Readonly<Record<LegacyEncoding, (word: string) => string>> = {
  tcvn3: (word) => convertTcvn3(word, { capsFont: false }),
  vni: convertVni,
};

function tally(words: readonly string[], encoding: LegacyEncoding): Tally {
  const t: Tally = { support: 0, for: 0, ambiguous: 0, against: 0 };
  for (const word of words) {
    const converted = convertWord[encoding](word);
    const before = isVietnameseSyllable(word);
    if (converted === word) {
      if (!before) t.against++;
      continue;
    }
    const after = isVietnameseSyllable(converted);
    if (after && !before) t.for++;
    else if (after) t.ambiguous++;
    else t.against++;
  }
  t.support = t.for + t.ambiguous;
  return t;
}

const NOT_LEGACY: LegacyDetection = { encoding: null, confidence: 0 };

/**
 * Whether `text` is TCVN3 or VNI mojibake, and how sure. Never fires on Unicode Vietnamese,
 * English, or French/German text with a few accented letters.
 */
export function detectLegacyEncoding(text: string): LegacyDetection {
  if (!LATIN1_HIGH.test(text)) return NOT_LEGACY;
  const accented: string[] = [];
  let native = 0;
  let ascii = 0;
  let asciiSyllables = 0;
  for (const match of text.normalize('NFC').matchAll(WORD)) {
    const word = match[0];
    if (!NON_ASCII.test(word)) {
      // Plain words with a small letter: Vietnamese ones are syllables, English/French mostly not.
      // Capitals-only words are abbreviations (UBND, KH) and say nothing.
      if (ASCII_LOWER.test(word)) {
        ascii++;
        if (isVietnameseSyllable(word)) asciiSyllables++;
      }
    } else if (BEYOND_LATIN1.test(word)) {
      native++;
    } else {
      accented.push(word);
    }
  }
  const candidates = accented.length + native;
  // Real Vietnamese: too many words no legacy font can produce for any verdict to pass.
  if (candidates === 0 || native > candidates * (1 - MIN_SHARE)) return NOT_LEGACY;
  const asciiFactor = ascii === 0 ? 1 : Math.min(1, (asciiSyllables + 1) / ascii);

  let best: LegacyDetection = NOT_LEGACY;
  for (const encoding of LEGACY_ENCODINGS) {
    const t = tally(accented, encoding);
    if (t.for === 0) continue;
    // One word of evidence is not enough beside words that are not Vietnamese ("Où est-il ?").
    if (t.support < 2 && asciiSyllables < ascii) continue;
    const share = t.support / (t.support + t.against + native);
    if (share < MIN_SHARE) continue;
    const confidence = share * (1 - (0.5 * t.ambiguous) / t.support) * asciiFactor;
    if (confidence >= DETECTION_THRESHOLD && confidence > best.confidence) best = { encoding, confidence };
  }
  return best;
}

/** Options of the conversion of detected text. */
export interface FixOptions {
  /** TCVN3 only: whether the text was set in a capitals (.VnTimeH) font; 'auto' by default. */
  capsFont?: CapsFont;
}

/** `text` converted from `encoding` to Unicode NFC, every character. */
export function convertLegacy(text: string, encoding: LegacyEncoding, options: FixOptions = {}): string {
  return encoding === 'tcvn3' ? convertTcvn3(text, { capsFont: options.capsFont ?? 'auto' }) : convertVni(text);
}

/**
 * `text` converted from `encoding`, except its words that already hold letters no legacy font
 * produces (ư, ạ, ế …): those were typed in Unicode and are kept as they are.
 */
export function convertLegacyText(text: string, encoding: LegacyEncoding, options: FixOptions = {}): string {
  const source = text.normalize('NFC');
  const converted = convertLegacy(source, encoding, options);
  const originals = [...source.matchAll(WORD)];
  if (!originals.some((m) => BEYOND_LATIN1.test(m[0]))) return converted;
  // Conversion maps letters to letters, so the words line up one to one: put the Unicode ones back.
  const words = [...converted.matchAll(WORD)];
  if (words.length !== originals.length) return converted;
  let out = '';
  let at = 0;
  words.forEach((m, i) => {
    const original = originals[i]?.[0] ?? m[0];
    out += converted.slice(at, m.index) + (BEYOND_LATIN1.test(original) ? original : m[0]);
    at = m.index + m[0].length;
  });
  return out + converted.slice(at);
}

/** A text fixed from a legacy encoding. */
export interface FixedText {
  text: string;
  encoding: LegacyEncoding;
  confidence: number;
}

/**
 * The text converted to Unicode when it is TCVN3 or VNI mojibake, or null when it is not.
 * Unicode words typed into pasted legacy text survive (see convertLegacyText).
 */
export function fixLegacyText(text: string, options: FixOptions = {}): FixedText | null {
  const { encoding, confidence } = detectLegacyEncoding(text);
  if (encoding === null) return null;
  return { text: convertLegacyText(text, encoding, options), encoding, confidence };
}
