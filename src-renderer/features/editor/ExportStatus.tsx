import type { ExportOutcome } from './use-export';

/** The result of the last export: where the file went, or why it failed. */
export function ExportStatus({ outcome, onDismiss }: { outcome: ExportOutcome; onDismiss: () => void }) {
  if (outcome === null) return null;
  return (
    <div className={outcome.kind === 'error' ? 'export-status export-error' : 'export-status'} data-testid="export-status" role="status">
      {outcome.kind === 'error' ? (
        <span>{outcome.message}</span>
      ) : (
        <span>
          Đã xuất: <code data-testid="export-path">{outcome.path}</code>
          {outcome.removedCharacters > 0 ? <span> — Đã loại bỏ {outcome.removedCharacters} ký tự không hợp lệ</span> : null}
        </span>
      )}
      <button type="button" className="link-btn" onClick={onDismiss} aria-label="Đóng thông báo">
        Đóng
      </button>
    </div>
  );
}
