import { useId, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';

interface CaptionDialogProps {
  initial: string;
  onSave: (caption: string) => void;
  onCancel: () => void;
}

/** Names a table ("Bảng 1. …"); an empty name removes it. Test ids: `caption-dialog`, `caption-input`, `btn-caption-save`. */
export function CaptionDialog({ initial, onSave, onCancel }: CaptionDialogProps) {
  const titleId = useId();
  const [caption, setCaption] = useState(initial);
  return (
    <ModalDialog className="dialog rt-dialog" labelledBy={titleId} testId="caption-dialog" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onSave(caption.normalize('NFC'));
        }}
      >
        <label className="dialog-question" id={titleId} htmlFor={`${titleId}-input`}>
          Tên bảng
        </label>
        <input
          id={`${titleId}-input`}
          className="rt-caption-input"
          data-testid="caption-input"
          value={caption}
          autoFocus
          placeholder="Ví dụ: Bảng 1. Kết quả giải quyết hồ sơ"
          onChange={(event) => setCaption(event.target.value)}
        />
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onCancel}>
            Hủy
          </button>
          <button type="submit" className="btn btn-primary" data-testid="btn-caption-save">
            Lưu
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
