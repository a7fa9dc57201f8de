import type { Revision } from '@shared/api/contract';
import { formatTimeWithSeconds } from '../../lib/format';
import { REASON_LABELS } from './revision-labels';

interface RevisionRowProps {
  revision: Revision;
  selected: boolean;
  onSelect: () => void;
}

/** One version in the history: number, time, why it was taken, and its title. */
export function RevisionRow({ revision, selected, onSelect }: RevisionRowProps) {
  return (
    <li
      className={selected ? 'revision-row revision-selected' : 'revision-row'}
      data-testid="revision-row"
      data-revision={revision.revision}
      data-reason={revision.reason}
    >
      <button type="button" className="revision-open" data-testid="btn-view-revision" aria-pressed={selected} onClick={onSelect}>
        <span className="revision-head">
          <span className="revision-no">#{revision.revision}</span>
          <span data-testid="revision-time">{formatTimeWithSeconds(revision.createdAt)}</span>
          <span className={`reason reason-${revision.reason}`} data-testid="revision-reason">
            {REASON_LABELS[revision.reason]}
          </span>
        </span>
        <span className="revision-title">{revision.title.split('\n').join(' ').trim() || '(Chưa có trích yếu)'}</span>
      </button>
    </li>
  );
}
