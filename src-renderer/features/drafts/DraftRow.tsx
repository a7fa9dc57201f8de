import type { DraftSummary } from '@shared/api/contract';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatUpdatedAt } from '../../lib/format';

interface DraftRowProps {
  draft: DraftSummary;
  busy: boolean;
  onOpen: () => void;
  onDelete: () => void;
}

/** One draft on the start screen: open it by its title, or delete it after confirming. */
export function DraftRow({ draft, busy, onOpen, onDelete }: DraftRowProps) {
  const title = draft.title.trim() || '(Chưa có trích yếu)';
  return (
    <li className="draft-row" data-testid="draft-row" data-draft-id={draft.id}>
      <button type="button" className="draft-open" data-testid="btn-open-draft" disabled={busy} onClick={onOpen}>
        <span className={draft.title.trim() ? 'draft-title' : 'draft-title muted'} data-testid="draft-title">
          {title}
        </span>
        <span className="draft-meta">
          {draft.issuingAgency ? <span>{draft.issuingAgency.split('\n').join(' ')}</span> : null}
          {draft.kyHieu ? <span data-testid="draft-kyhieu">{draft.kyHieu}</span> : null}
          <span data-testid="draft-updated">Sửa lúc {formatUpdatedAt(draft.updatedAt)}</span>
          {draft.status === 'final' ? <span className="badge">Đã hoàn thành</span> : null}
        </span>
      </button>
      <ConfirmButton label="Xóa" question="Xóa báo cáo này?" testId="btn-delete-draft" onConfirm={onDelete} />
    </li>
  );
}
