/**
 * Sanitises every string of a draft once, before building: NFC, forbidden XML characters removed.
 * Counting here, per field of the draft, reports what the user typed; counting while building
 * would count a field again each time it is printed (the agency name also appears in appendices).
 */
import type { Draft } from '../domain/draft-schema';
import { sanitizeText } from '../domain/sanitize-text';

/**
 * sanitizeText's own "anything to do?" test without the "u" flag, about 3× faster over a 100-page
 * draft. It also matches paired surrogates (emoji, rare Hán), which then take sanitizeText's full
 * path: the result is the same either way.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this module's job
const MAYBE_WORK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF\r\u2028\u2029]/;

interface Tally {
  removed: number;
  /** Every string of the cleaned draft: cleaning one again changes nothing. */
  clean: Set<string>;
}

function walk(value: unknown, tally: Tally): unknown {
  if (typeof value === 'string') {
    let text: string;
    if (MAYBE_WORK.test(value)) {
      const result = sanitizeText(value);
      tally.removed += result.removed;
      text = result.text;
    } else {
      text = value.normalize('NFC');
    }
    tally.clean.add(text);
    return text;
  }
  if (Array.isArray(value)) return value.map((item) => walk(item, tally));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) out[key] = walk(record[key], tally);
    return out;
  }
  return value;
}

/**
 * A copy of the draft with every string sanitised, how many characters were removed, and the set
 * of its (clean) strings, so the builder need not sanitise them a second time.
 */
export function cleanDraft(draft: Draft): { draft: Draft; removed: number; clean: ReadonlySet<string> } {
  const tally: Tally = { removed: 0, clean: new Set() };
  // walk() keeps the shape of the value and only rewrites strings, so the cast is safe.
  const cleaned = walk(draft, tally) as Draft;
  return { draft: cleaned, removed: tally.removed, clean: tally.clean };
}
