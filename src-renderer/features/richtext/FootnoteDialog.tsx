import { useCallback, useId, useState } from 'react';
import type { Inline, TextRun } from '@shared/domain/draft-schema';
import { ModalDialog } from '../../components/ModalDialog';
import { RichInlineField } from './RichInlineField';

interface FootnoteDialogProps {
  /** The footnote's text; empty for a new footnote. */
  initial: TextRun[];
  isNew: boolean;
  /** Its number in the draft, when it has one already. */
  number: number | null;
  /** Saves the text; an empty text deletes the footnote (or inserts none). */
  onSave: (content: TextRun[]) => void;
  onDelete: () => void;
  onCancel: () => void;
}

/** Keeps the dialog's own edits undoable while it is open; the draft's undo takes over after. */
function useLocalHistory(initial: TextRun[]) {
  const [state, setState] = useState({ past: [] as TextRun[][], present: initial, future: [] as TextRun[][] });
  const change = useCallback((next: TextRun[]) => setState((s) => ({ past: [...s.past, s.present], present: next, future: [] })), []);
  const undo = useCallback(
    () => setState((s) => (s.past.length === 0 ? s : { past: s.past.slice(0, -1), present: s.past[s.past.length - 1] as TextRun[], future: [s.present, ...s.future] })),
    [],
  );
  const redo = useCallback(
    () => setState((s) => (s.future.length === 0 ? s : { past: [...s.past, s.present], present: s.future[0] as TextRun[], future: s.future.slice(1) })),
    [],
  );
  return { value: state.present, change, undo, redo };
}

/**
 * Writes or edits one footnote, in a modal dialog. Its text may be bold, italic or underlined;
 * Ctrl+Enter saves, Escape cancels. Test ids: `footnote-dialog`, `footnote-text`,
 * `btn-footnote-save`, `btn-footnote-delete`, `btn-footnote-cancel`.
 */
export function FootnoteDialog({ initial, isNew, number, onSave, onDelete, onCancel }: FootnoteDialogProps) {
  const titleId = useId();
  const hintId = useId();
  const history = useLocalHistory(initial);
  const save = () => onSave(history.value);
  const title = isNew ? 'Chèn chú thích' : `Sửa chú thích${number ? ` số ${number}` : ''}`;
  return (
    <ModalDialog
      className="dialog rt-dialog"
      labelledBy={titleId}
      testId="footnote-dialog"
      onCancel={onCancel}
      initialFocus='[contenteditable="true"]'
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          save();
        } else if (event.key === 'Escape') {
          // ProseMirror swallows Escape in the text, so the dialog never gets its cancel event.
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <p className="dialog-question" id={titleId}>
        {title}
      </p>
      <p className="dialog-detail" id={hintId}>
        Nội dung chú thích in ở chân trang. Ctrl+Enter để lưu, Esc để hủy.
      </p>
      <RichInlineField
        value={history.value as Inline[]}
        onChange={(content) => history.change(content.filter((run): run is TextRun => run.type === 'text'))}
        onUndo={history.undo}
        onRedo={history.redo}
        label="Nội dung chú thích"
        describedBy={hintId}
        allowFootnotes={false}
        testId="footnote-text"
        withToolbar={false}
      />
      <div className="dialog-actions">
        {!isNew ? (
          <button type="button" className="btn btn-danger" data-testid="btn-footnote-delete" onClick={onDelete}>
            Xóa chú thích
          </button>
        ) : null}
        <button type="button" className="btn" data-testid="btn-footnote-cancel" onClick={onCancel}>
          Hủy
        </button>
        <button type="button" className="btn btn-primary" data-testid="btn-footnote-save" onClick={save} aria-keyshortcuts="Control+Enter">
          Lưu
        </button>
      </div>
    </ModalDialog>
  );
}
