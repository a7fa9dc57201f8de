import { memo, useCallback } from 'react';
import { updateAt } from '@shared/domain/checks/draft-edit';
import type { Block } from '@shared/domain/draft-schema';
import { useReviewHighlight } from '../import/use-review-highlight';
import { ContentField } from './ContentField';
import { useFootnoteOffset } from './footnote-offsets';
import { useEditorDispatch } from './store/context';
import { parseFieldKey } from './store/field-path';
import { useDraftEdit, useFieldValue } from './store/hooks';

interface BlocksOfProps {
  /** Field key of a list of blocks: "opening", "sections.0.blocks", "appendices.1.blocks". */
  field: string;
  label: string;
  testId: string;
  emptyText?: string;
}

const NONE: Block[] = [];

/** The content field of the blocks at `field`, bound to the store. */
export const BlocksOf = memo(function BlocksOf({ field, label, testId, emptyText }: BlocksOfProps) {
  const blocks = useFieldValue<Block[] | undefined>(field) ?? NONE;
  const footnoteOffset = useFootnoteOffset(field);
  const review = useReviewHighlight(field);
  const edit = useDraftEdit();
  const dispatch = useEditorDispatch();
  // Typing groups into one undo step; a paragraph, item or table added or removed is a step of its own.
  const count = blocks.length;
  const onChange = useCallback(
    (next: Block[]) => {
      const path = parseFieldKey(field);
      edit((draft) => updateAt(draft, path, () => next), next.length === count ? { group: field } : { focus: field });
    },
    [edit, field, count],
  );
  const onUndo = useCallback(() => dispatch({ type: 'undo' }), [dispatch]);
  const onRedo = useCallback(() => dispatch({ type: 'redo' }), [dispatch]);
  return (
    <ContentField
      value={blocks}
      onChange={onChange}
      onUndo={onUndo}
      onRedo={onRedo}
      label={label}
      footnoteOffset={footnoteOffset}
      testId={testId}
      field={field}
      review={review}
      {...(emptyText === undefined ? {} : { emptyText })}
    />
  );
});
