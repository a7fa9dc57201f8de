import { useEffect, useRef } from 'react';

interface BulkBarProps {
  /** Ticked drafts among those shown. */
  selected: number;
  /** Drafts shown. */
  shown: number;
  busy: boolean;
  onToggleAll: () => void;
  onExport: () => void;
  onDelete: () => void;
}

/** "Chọn tất cả" and the actions on the ticked drafts. */
export function BulkBar({ selected, shown, busy, onToggleAll, onExport, onDelete }: BulkBarProps) {
  const all = useRef<HTMLInputElement>(null);
  const some = selected > 0 && selected < shown;
  useEffect(() => {
    if (all.current) all.current.indeterminate = some;
  }, [some]);
  const none = selected === 0;
  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <label className="checkbox">
        <input
          ref={all}
          type="checkbox"
          checked={shown > 0 && selected === shown}
          disabled={shown === 0}
          data-testid="draft-select-all"
          onChange={onToggleAll}
        />
        <span>Chọn tất cả</span>
      </label>
      <span className="muted" data-testid="selected-count" aria-live="polite">
        {none ? 'Tích chọn báo cáo để xuất hoặc xóa nhiều mục cùng lúc' : `Đã chọn ${selected} báo cáo`}
      </span>
      <span className="bulk-actions">
        <button type="button" className="btn btn-small" data-testid="btn-bulk-export" disabled={none || busy} onClick={onExport}>
          Xuất các mục đã chọn
        </button>
        <button type="button" className="btn btn-small btn-ghost-danger" data-testid="btn-bulk-delete" disabled={none || busy} onClick={onDelete}>
          Xóa các mục đã chọn
        </button>
      </span>
    </div>
  );
}
