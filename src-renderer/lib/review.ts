/**
 * The "Cần rà soát" flag main sets on a draft made for a new period. Read loosely so the
 * renderer works whether or not the draft schema declares `meta.needsReview` yet.
 */
import type { Draft } from '@shared/domain/draft-schema';

interface ReviewMeta {
  needsReview?: boolean;
}

/** Whether the clerk still has to review what was carried over from the previous period. */
export function needsReview(draft: Draft): boolean {
  return (draft.meta as ReviewMeta).needsReview === true;
}

/** The draft with the review flag cleared. */
export function markReviewed(draft: Draft): Draft {
  const meta: Draft['meta'] & ReviewMeta = { ...draft.meta, needsReview: false };
  return { ...draft, meta };
}
