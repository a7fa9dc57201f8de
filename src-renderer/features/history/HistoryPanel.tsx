import { useCallback, useState } from 'react';
import type { Revision } from '@shared/api/contract';
import type { Draft } from '@shared/domain/draft-schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { StatusBanner, type StatusMessage } from '../../components/StatusBanner';
import { api } from '../../lib/api';
import { formatTimeWithSeconds } from '../../lib/format';
import { useApiLoad } from '../../lib/use-api-load';
import { RevisionRow } from './RevisionRow';
import { RevisionView } from './RevisionView';

interface HistoryPanelProps {
  draftId: string;
  /** The draft's last stored updatedAt: the list reloads after each save. */
  savedAt: string;
  /** Stores pending edits; resolves false when they could not be stored. */
  flush: () => Promise<boolean>;
  /** The restored draft, as main now stores it. */
  onRestored: (draft: Draft, revision: Revision) => void;
  onClose: () => void;
}

const NOT_SAVED = 'Bản thảo chưa lưu được nên chưa thể làm việc với phiên bản. Hãy sửa lỗi lưu rồi thử lại.';

/** "Lịch sử phiên bản": the draft's versions, "Lưu phiên bản", viewing and restoring one. */
export function HistoryPanel({ draftId, savedAt, flush, onRestored, onClose }: HistoryPanelProps) {
  const load = useCallback(() => api.listRevisions({ id: draftId }), [draftId]);
  const { state, reload } = useApiLoad(load, savedAt);
  const [selected, setSelected] = useState<Revision | null>(null);
  const [confirming, setConfirming] = useState<Revision | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const revisions = state.status === 'loaded' ? [...state.value].sort((a, b) => b.revision - a.revision) : [];

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setStatus(null);
    try {
      if (await flush()) await work();
      else setStatus({ kind: 'error', text: NOT_SAVED });
    } finally {
      setBusy(false);
    }
  };
  const saveNow = () =>
    run(async () => {
      const result = await api.saveRevision({ id: draftId });
      setStatus(result.ok ? { kind: 'ok', text: `Đã lưu phiên bản #${result.value.revision}.` } : { kind: 'error', text: result.error.message });
      reload();
    });
  const restore = (revision: Revision) =>
    run(async () => {
      const restored = await api.restoreRevision({ id: draftId, revision: revision.revision });
      if (!restored.ok) {
        setConfirming(null);
        setStatus({ kind: 'error', text: restored.error.message });
        return;
      }
      // Reload from main: what it stores now is what the editor must continue from.
      const current = await api.getDraft({ id: draftId });
      setConfirming(null);
      onRestored(current.ok ? current.value : restored.value, revision);
    });

  return (
    <aside className="history" data-testid="history-panel" aria-label="Lịch sử phiên bản">
      <div className="history-head">
        <h2 className="preview-heading">Lịch sử phiên bản</h2>
        <button type="button" className="btn btn-small" data-testid="btn-save-revision" disabled={busy} onClick={() => void saveNow()}>
          Lưu phiên bản
        </button>
        <button type="button" className="link-btn" data-testid="btn-close-history" onClick={onClose}>
          Đóng
        </button>
      </div>
      <StatusBanner status={status} onDismiss={() => setStatus(null)} testId="history-status" />
      {state.status === 'loading' ? <p className="muted">Đang tải lịch sử…</p> : null}
      {state.status === 'failed' ? (
        <p className="error-text" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === 'loaded' && revisions.length === 0 ? (
        <p className="muted" data-testid="history-empty">
          Chưa có phiên bản nào. Bấm “Lưu phiên bản” để giữ lại nội dung hiện tại.
        </p>
      ) : null}
      {revisions.length > 0 ? (
        <ul className="revision-list" data-testid="revision-list">
          {revisions.map((revision) => (
            <RevisionRow
              key={revision.revision}
              revision={revision}
              selected={selected?.revision === revision.revision}
              onSelect={() => setSelected(selected?.revision === revision.revision ? null : revision)}
            />
          ))}
        </ul>
      ) : null}
      {selected ? (
        <RevisionView
          key={selected.revision}
          draftId={draftId}
          revision={selected}
          busy={busy}
          onRestore={() => setConfirming(selected)}
          onClose={() => setSelected(null)}
        />
      ) : revisions.length > 0 ? (
        <p className="muted history-hint">Chọn một phiên bản để xem nội dung của nó.</p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          question={`Khôi phục phiên bản #${confirming.revision} (lưu lúc ${formatTimeWithSeconds(confirming.createdAt)})?`}
          detail="Nội dung hiện tại sẽ được lưu thành phiên bản “Trước khi khôi phục”, nên vẫn có thể hoàn tác bằng cách khôi phục lại phiên bản đó."
          confirmLabel="Khôi phục"
          busy={busy}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </aside>
  );
}
