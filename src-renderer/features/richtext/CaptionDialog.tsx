import { useEffect, useId, useRef, useState } from 'react';

interface CaptionDialogProps {
  initial: string;
  onSave: (caption: string) => void;
  onCancel: () => void;
}

/** Names a table ("Bảng 1. …"); an empty name removes it. Test ids: `caption-dialog`, `caption-input`, `btn-caption-save`. */
export function CaptionDialog({ initial, onSave, onCancel }: CaptionDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [caption, setCaption] = useState(initial);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog rt-dialog"
      aria-labelledby={titleId}
      data-testid="caption-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
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
    </dialog>
  );
}
