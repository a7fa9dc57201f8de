import { useId } from 'react';
import { ModalDialog } from './ModalDialog';

interface ConfirmDialogProps {
  /** The question, e.g. "Chuyển 12 báo cáo vào thùng rác?". */
  question: string;
  /** What happens, in one or two sentences under the question. */
  detail?: string;
  /** Text of the confirming button, e.g. "Chuyển vào thùng rác". */
  confirmLabel: string;
  /** The confirming button in the danger colour. */
  danger?: boolean;
  /** While the action runs: both buttons disabled, Escape ignored. */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question asked inside the app (never window.confirm). Render it only while asking:
 * it opens as a modal on mount, so the rest of the page cannot be edited meanwhile.
 * Test ids: `confirm-dialog`, `confirm-dialog-question`, `btn-confirm-ok`, `btn-confirm-cancel`.
 */
export function ConfirmDialog({ question, detail, confirmLabel, danger = false, busy = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const titleId = useId();
  return (
    <ModalDialog className="dialog" labelledBy={titleId} testId="confirm-dialog" onCancel={onCancel} busy={busy}>
      <p className="dialog-question" id={titleId} data-testid="confirm-dialog-question">
        {question}
      </p>
      {detail ? <p className="dialog-detail">{detail}</p> : null}
      <div className="dialog-actions">
        <button type="button" className="btn" data-testid="btn-confirm-cancel" disabled={busy} onClick={onCancel} autoFocus>
          Hủy
        </button>
        <button
          type="button"
          className={danger ? 'btn btn-danger' : 'btn btn-primary'}
          data-testid="btn-confirm-ok"
          disabled={busy}
          onClick={onConfirm}
        >
          {busy ? 'Đang thực hiện…' : confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
