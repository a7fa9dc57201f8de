import { useCallback } from 'react';
import type { Inline } from '@shared/domain/draft-schema';
import { Panel } from '../../components/Panel';
import { useReviewHighlight } from '../import/use-review-highlight';
import { InlineContentField } from './ContentField';
import { useFootnoteOffset } from './footnote-offsets';
import { GuidanceNote } from './GuidanceNote';
import { useEditorDispatch } from './store/context';
import { useDraftEdit, useFieldValue } from './store/hooks';

/** Kết thúc: the closing sentence ("Trên đây là …"). */
export function ClosingPanel({ guidance, example }: { guidance?: string | undefined; example?: string | undefined }) {
  const closing = useFieldValue<Inline[]>('closing');
  const footnoteOffset = useFootnoteOffset('closing');
  const review = useReviewHighlight('closing');
  const edit = useDraftEdit();
  const dispatch = useEditorDispatch();
  const onChange = useCallback((content: Inline[]) => edit((d) => ({ ...d, closing: content }), { group: 'closing' }), [edit]);
  const onUndo = useCallback(() => dispatch({ type: 'undo' }), [dispatch]);
  const onRedo = useCallback(() => dispatch({ type: 'redo' }), [dispatch]);
  return (
    <Panel title="Kết thúc" testId="panel-closing">
      <GuidanceNote guidance={guidance} example={example} testId="guidance-closing" />
      <div className="field field-wide">
        <span className="field-label">Đoạn kết thúc</span>
        <InlineContentField
          value={closing}
          onChange={onChange}
          onUndo={onUndo}
          onRedo={onRedo}
          footnoteOffset={footnoteOffset}
          label="Đoạn kết thúc"
          placeholder="Trên đây là báo cáo … của …"
          testId="field-closing"
          field="closing"
          review={review}
        />
        <span className="field-hint">Dấu “./.” được thêm khi xuất nếu còn thiếu.</span>
      </div>
    </Panel>
  );
}
