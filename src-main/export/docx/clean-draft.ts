/**
 * Sanitises every string of a draft once, before building: NFC, forbidden XML characters removed.
 * Counting here, per field of the draft, reports what the user typed; counting while building
 * would count a field again each time it is printed (the agency name also appears in appendices).
 */
import type { Draft } from '../../shared/domain/draft-schema';
import { sanitizeText } from '../../shared/domain/sanitize-text';

function walk(value: unknown, tally: { removed: number }): unknown {
  if (typeof value === 'string') {
    const result = sanitizeText(value);
    tally.removed += result.removed;
    return result.text;
  }
  if (Array.isArray(value)) return value.map((item) => walk(item, tally));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = walk(item, tally);
    return out;
  }
  return value;
}

/** A copy of the draft with every string sanitised, and how many characters were removed. */
export function cleanDraft(draft: Draft): { draft: Draft; removed: number } {
  const tally = { removed: 0 };
  // walk() keeps the shape of the value and only rewrites strings, so the cast is safe.
  const cleaned = walk(draft, tally) as Draft;
  return { draft: cleaned, removed: tally.removed };
}
