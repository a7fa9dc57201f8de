import type { TrashedSummary } from '@shared/api/contract';
import { formatUpdatedAt } from '../../lib/format';

interface TrashRowProps {
  draft: TrashedSummary;
  /** When the list was loaded, to count the days left. */
  now: number;
  busy: boolean;
  onRestore: () => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const TRASH_DAYS = 30;

function daysLeft(deletedAt: string, now: number): number | null {
  const time = new Date(deletedAt).getTime();
  if (Number.isNaN(time)) return null;
  return Math.max(0, Math.ceil((time + TRASH_DAYS * DAY_MS - now) / DAY_MS));
}

/** One deleted draft: what it was, when it was deleted, and "Khôi phục". */
export function TrashRow({ draft, now, busy, onRestore }: TrashRowProps) {
  const left = daysLeft(draft.deletedAt, now);
  return (
    <li className="draft-row trash-row" data-testid="trash-row" data-draft-id={draft.id}>
      <div className="trash-info">
        <span className={draft.title.trim() ? 'draft-title' : 'draft-title muted'} data-testid="trash-title">
          {draft.title.trim() || '(Chưa có trích yếu)'}
        </span>
        <span className="draft-meta">
          {draft.issuingAgency ? <span>{draft.issuingAgency.split('\n').join(' ')}</span> : null}
          {draft.kyHieu ? <span>{draft.kyHieu}</span> : null}
          <span data-testid="trash-deleted-at">Xóa lúc {formatUpdatedAt(draft.deletedAt)}</span>
          {left !== null ? <span className={left <= 3 ? 'error-text' : undefined}>{left === 0 ? 'Sắp bị xóa vĩnh viễn' : `Còn ${left} ngày`}</span> : null}
        </span>
      </div>
      <button type="button" className="btn btn-small" data-testid="btn-restore-trash" disabled={busy} onClick={onRestore}>
        Khôi phục
      </button>
    </li>
  );
}
