/**
 * Text as it may go into a DOCX: NFC, only characters XML 1.0 allows, one kind of line break.
 * docx ≥ 9.15 drops some forbidden characters silently and writes others raw (U+FFFE/U+FFFF), so
 * we clean the text ourselves and count what we drop, to tell the user (reliability plan §2.3, C1).
 */

/**
 * Characters XML 1.0 forbids: C0 controls other than tab/LF/CR, U+FFFE, U+FFFF, and lone
 * surrogates. With the "u" flag a well-formed pair is one code point above U+FFFF, so only lone
 * halves match the surrogate range and supplementary characters (emoji, rare Hán) stay.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this module's job
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Anything sanitizeText would change apart from normalisation: forbidden characters or line endings. */
// eslint-disable-next-line no-control-regex -- finding control characters is this module's job
const NEEDS_WORK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF\r\u2028\u2029]/u;

/** Line endings and the Unicode line/paragraph separators all become "\n". */
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

export interface SanitizedText {
  /** NFC text with forbidden characters removed and line breaks folded to "\n". */
  text: string;
  /** How many forbidden characters were removed. */
  removed: number;
}

/** Cleans one string for XML: removes (and counts) forbidden characters, normalises to NFC. */
export function sanitizeText(input: string): SanitizedText {
  // Fast path for the usual clean string: one scan instead of a replace with a callback.
  if (!NEEDS_WORK.test(input)) return { text: input.normalize('NFC'), removed: 0 };
  let removed = 0;
  const cleaned = input.replace(FORBIDDEN, () => {
    removed += 1;
    return '';
  });
  return { text: cleaned.replace(LINE_BREAKS, '\n').normalize('NFC'), removed };
}

/** A sanitiser that adds up the removed characters over many strings (one export). */
export interface TextSanitizer {
  /** The cleaned text; its removed characters are added to `removed`. */
  clean(input: string): string;
  readonly removed: number;
}

/** A counting sanitiser for one export run. */
export function createSanitizer(): TextSanitizer {
  let removed = 0;
  return {
    clean(input: string): string {
      const result = sanitizeText(input);
      removed += result.removed;
      return result.text;
    },
    get removed() {
      return removed;
    },
  };
}

/** Whether a string holds only characters XML 1.0 allows. */
export function isXmlSafe(text: string): boolean {
  return !new RegExp(FORBIDDEN.source, 'u').test(text);
}
