import { useEffect, useId, useRef } from 'react';
import type { FindingValue } from '@shared/import/report-schema';
import type { Imported } from './use-docx-import';

interface ImportReportDialogProps {
  result: Imported;
  busy: boolean;
  onOpen: () => void;
  onNewPeriod: () => void;
  onClose: () => void;
}

function Findings({ items, testId }: { items: readonly FindingValue[]; testId: string }) {
  return (
    <ul className="import-list" data-testid={testId}>
      {items.map((f, i) => (
        <li key={`${f.id}-${i}`} className={f.severity === 'error' ? 'import-error' : 'import-warning'} data-finding={f.id}>
          {f.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * What "Nhập từ Word" found: the parts recognised, what was not placed (kept in the body as plain
 * paragraphs) or not found, what the original file got wrong against NĐ30 (the export of the
 * draft fixes all of it) and the checks of the draft; then open it, or ready it for a new period.
 * Test ids: `import-report`, `import-recognised`, `import-unplaced`, `import-problems`,
 * `import-checks`, `btn-import-open`, `btn-import-new-period`, `btn-import-close`.
 */
export function ImportReportDialog({ result, busy, onOpen, onNewPeriod, onClose }: ImportReportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const { report } = result;
  const title = result.draft.title.split('\n').join(' ').trim() || '(Chưa có trích yếu)';
  return (
    <dialog
      ref={ref}
      className="dialog import-report"
      aria-labelledby={titleId}
      data-testid="import-report"
      data-source={report.source}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <p className="dialog-question" id={titleId}>
        Đã nhập “{result.fileName}” thành bản thảo mới
      </p>
      <p className="dialog-detail" data-testid="import-draft-title">
        {title}
      </p>
      <div className="import-body">
        <h3>Đã nhận biết</h3>
        <ul className="import-list" data-testid="import-recognised">
          {report.recognised.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
        {report.unplaced.length > 0 ? (
          <>
            <h3>Cần xem lại</h3>
            <ul className="import-list import-unplaced" data-testid="import-unplaced">
              {report.unplaced.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
        {report.originalProblems.length > 0 ? (
          <>
            <h3>Tệp gốc chưa đúng Nghị định 30 ({report.originalProblems.length})</h3>
            <p className="muted import-note">Bản xuất từ ứng dụng tự trình bày đúng thể thức, không còn các lỗi này.</p>
            <Findings items={report.originalProblems} testId="import-problems" />
          </>
        ) : (
          <p className="muted" data-testid="import-problems-none">
            Không thấy lỗi thể thức nào trong tệp gốc.
          </p>
        )}
        <h3>Kiểm tra bản thảo</h3>
        {report.checks.length > 0 ? (
          <Findings items={report.checks} testId="import-checks" />
        ) : (
          <p className="muted" data-testid="import-checks">
            Bản thảo không còn lỗi nào theo các kiểm tra của ứng dụng.
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn" data-testid="btn-import-close" disabled={busy} onClick={onClose}>
          Đóng
        </button>
        <button type="button" className="btn" data-testid="btn-import-new-period" disabled={busy} onClick={onNewPeriod} title="Xoá số và ngày, chuyển năm sang kỳ mới, đánh dấu các số liệu cần rà soát">
          Dùng cho kỳ mới
        </button>
        <button type="button" className="btn btn-primary" data-testid="btn-import-open" disabled={busy} onClick={onOpen} autoFocus>
          Mở bản thảo
        </button>
      </div>
    </dialog>
  );
}
