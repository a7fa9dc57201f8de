/**
 * Sanitises every string of a draft once, before building: NFC, forbidden XML characters removed.
 * Counting here, per field of the draft, reports what the user typed; counting while building
 * would count a field again each time it is printed (the agency name also appears in appendices).
 */
import type { Draft } from '../domain/draft-schema';
import { sanitizeText } from '../domain/sanitize-text';
import type { LayoutCache } from './layout-cache';

/**
 * sanitizeText's own "anything to do?" test without the "u" flag, about 3× faster over a 100-page
 * draft. It also matches paired surrogates (emoji, rare Hán), which then take sanitizeText's full
 * path: the result is the same either way.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this module's job
const MAYBE_WORK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF\r\u2028\u2029]/;

interface Cleaned {
  value: unknown;
  /** Characters removed in the value. */
  removed: number;
}

function cleanString(value: string): Cleaned {
  if (!MAYBE_WORK.test(value)) return { value: value.normalize('NFC'), removed: 0 };
  const result = sanitizeText(value);
  return { value: result.text, removed: result.removed };
}

/** An object or array cleaned: every string in it rewritten, the shape kept. */
function cleanObject(value: object, cache: LayoutCache | undefined): Cleaned {
  let removed = 0;
  const walk = (item: unknown): unknown => {
    const cleaned = clean(item, cache);
    removed += cleaned.removed;
    return cleaned.value;
  };
  if (Array.isArray(value)) {
    const items = value.map(walk);
    return { value: items, removed };
  }
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) out[key] = walk(record[key]);
  return { value: out, removed };
}

function clean(value: unknown, cache: LayoutCache | undefined): Cleaned {
  if (typeof value === 'string') return cleanString(value);
  if (value === null || typeof value !== 'object') return { value, removed: 0 };
  // An object of the draft before (the store shares what an edit left alone) is cleaned already.
  return cache ? cache.memo('clean', value, '', () => cleanObject(value, cache)) : cleanObject(value, cache);
}

/**
 * A copy of the draft with every string sanitised, and how many characters were removed; with a
 * cache, the objects of the draft before that this one shares are not cleaned again.
 */
export function cleanDraft(draft: Draft, cache?: LayoutCache): { draft: Draft; removed: number } {
  // clean() keeps the shape of the value and only rewrites strings, so the cast is safe.
  const { value, removed } = clean(draft, cache);
  return { draft: value as Draft, removed };
}
