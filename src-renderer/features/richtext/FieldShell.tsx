import { EditorContent } from '@tiptap/react';
import type { TextRun } from '@shared/domain/draft-schema';
import { LEGACY_ENCODING_NAMES } from '@shared/domain/legacy-text';
import { CaptionDialog } from './CaptionDialog';
import { FootnoteDialog } from './FootnoteDialog';
import type { RichField } from './use-rich-field';

/** The editable, the paste notice and the open dialog of a field. */
export function FieldShell({ field, testId, className }: { field: RichField; testId?: string | undefined; className: string }) {
  const { editor, dialog, closeDialog, notice, closeNotice } = field;
  return (
    <div className={className} data-testid={testId}>
      <EditorContent editor={editor} className="rt-content" />
      {notice ? (
        <div className="rt-notice" role="status" data-testid={testId ? `${testId}-paste-notice` : undefined}>
          <span>Đã chuyển văn bản dán từ mã {LEGACY_ENCODING_NAMES[notice.legacy]} sang Unicode.</span>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              notice.keepOriginal();
              closeNotice();
            }}
          >
            Giữ nguyên như khi dán
          </button>
          <button type="button" className="btn btn-small btn-ghost" aria-label="Đóng thông báo" onClick={closeNotice}>
            ✕
          </button>
        </div>
      ) : null}
      {dialog?.kind === 'footnote' ? (
        <FootnoteDialog
          initial={dialog.content}
          isNew={dialog.pos === null}
          number={dialog.number}
          onCancel={closeDialog}
          onDelete={() => {
            if (dialog.pos !== null) editor.commands.deleteFootnote(dialog.pos);
            closeDialog();
          }}
          onSave={(content: TextRun[]) => {
            if (dialog.pos === null) editor.commands.insertFootnote(content);
            else editor.commands.updateFootnote(dialog.pos, content);
            closeDialog();
          }}
        />
      ) : null}
      {dialog?.kind === 'caption' ? (
        <CaptionDialog
          initial={dialog.caption}
          onCancel={closeDialog}
          onSave={(caption) => {
            editor.commands.setTableCaption(caption);
            closeDialog();
          }}
        />
      ) : null}
    </div>
  );
}
