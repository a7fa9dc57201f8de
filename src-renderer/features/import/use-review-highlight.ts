/** The figures to review of one content field of the open draft, for its rich-text editor. */
import { useCallback, useMemo } from 'react';
import { useEditorSelector } from '../editor/store/context';
import { parseFieldKey } from '../editor/store/field-path';
import type { ReviewHighlight } from '../richtext';
import { onReviewFiguresCleared, partFigures, reviewPartOf, setPartFigures } from './review-flags';

/**
 * The review highlight of the field at `field` ("opening", "closing", "sections.1.blocks" …), or
 * undefined when none of its figures is left to review (the field then carries no highlight at all).
 */
export function useReviewHighlight(field: string): ReviewHighlight | undefined {
  const draftId = useEditorSelector((state) => state.draft.meta.id);
  const part = useEditorSelector(useCallback((state) => reviewPartOf(state.draft, parseFieldKey(field)), [field]));
  return useMemo(() => {
    if (part === null || partFigures(draftId, part).length === 0) return undefined;
    return {
      figures: () => partFigures(draftId, part),
      onChange: (figures) => setPartFigures(draftId, part, figures),
      subscribe: (clear) => onReviewFiguresCleared(draftId, clear),
    };
  }, [draftId, part]);
}
