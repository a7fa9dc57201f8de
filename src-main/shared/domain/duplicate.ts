/** "Nhân bản": a copy of a draft under a new id, content untouched. */
import type { Draft } from './draft-schema';

/** Identity of a new copy: its id and the time it is made. */
export interface CopyOptions {
  id: string;
  /** ISO time the copy is made; becomes its createdAt and updatedAt. */
  now: string;
}

/**
 * A deep copy of `draft` as a new draft: new id and times, status back to 'draft' (a copy is
 * worked on, even of a final report), no review flag. The content itself is not touched.
 */
export function duplicateDraft(draft: Draft, { id, now }: CopyOptions): Draft {
  // A draft is plain JSON data; the shared zone has no structuredClone (no DOM or Node types).
  const copy = JSON.parse(JSON.stringify(draft)) as Draft;
  copy.meta = { ...copy.meta, id, createdAt: now, updatedAt: now, status: 'draft', needsReview: false };
  return copy;
}
