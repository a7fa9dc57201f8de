import { ConfirmButton } from '../../components/ConfirmButton';
import { Highlighted } from '../../components/Highlighted';
import { formatUpdatedAt } from '../../lib/format';
import { fieldLabel, type ListItem } from './list-item';

interface DraftRowProps {
  item: ListItem;
  busy: boolean;
  selected: boolean;
  onToggle: () => void;
  onOpen: () => void;
  onDuplicate: () => void;
  onNewPeriod: () => void;
  onDelete: () => void;
}

const UNTITLED = '(Chưa có trích yếu)';

/** One draft on the start screen: tick box, title (opens it), details, and its actions. */
export function DraftRow({ item, busy, selected, onToggle, onOpen, onDuplicate, onNewPeriod, onDelete }: DraftRowProps) {
  const title = item.title.trim() || UNTITLED;
  const { match } = item;
  const titleMatch = match?.field === 'title' && item.title.trim() !== '';
  return (
    <li className={selected ? 'draft-row draft-row-selected' : 'draft-row'} data-testid="draft-row" data-draft-id={item.id}>
      <input
        type="checkbox"
        className="row-check"
        checked={selected}
        aria-label={`Chọn “${title}”`}
        data-testid="draft-select"
        onChange={onToggle}
      />
      <button type="button" className="draft-open" data-testid="btn-open-draft" disabled={busy} onClick={onOpen}>
        <span className={item.title.trim() ? 'draft-title' : 'draft-title muted'} data-testid="draft-title">
          {titleMatch && match ? <Highlighted text={match.snippet} ranges={match.highlights} /> : title}
        </span>
        {match && !titleMatch ? (
          <span className="draft-snippet" data-testid="search-snippet">
            <span className="snippet-field">{fieldLabel(match.field)}:</span> <Highlighted text={match.snippet} ranges={match.highlights} />
          </span>
        ) : null}
        <span className="draft-meta">
          {item.issuingAgency ? <span>{item.issuingAgency.split('\n').join(' ')}</span> : null}
          {item.kyHieu ? <span data-testid="draft-kyhieu">{item.kyHieu}</span> : null}
          {item.year !== undefined ? <span>Năm {item.year}</span> : null}
          <span data-testid="draft-updated">Sửa lúc {formatUpdatedAt(item.updatedAt)}</span>
          {item.status === 'final' ? <span className="badge">Đã hoàn thành</span> : null}
        </span>
      </button>
      <span className="row-actions">
        <button type="button" className="btn btn-small btn-ghost" data-testid="btn-duplicate-draft" disabled={busy} onClick={onDuplicate}>
          Nhân bản
        </button>
        <button
          type="button"
          className="btn btn-small btn-ghost"
          data-testid="btn-new-period"
          title="Bản sao cho kỳ báo cáo tiếp theo: năm tăng thêm 1, bỏ số và ngày"
          disabled={busy}
          onClick={onNewPeriod}
        >
          Tạo kỳ mới
        </button>
        <ConfirmButton label="Xóa" question="Chuyển vào thùng rác?" testId="btn-delete-draft" onConfirm={onDelete} small />
      </span>
    </li>
  );
}
