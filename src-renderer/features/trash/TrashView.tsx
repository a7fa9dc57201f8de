import { useCallback, useState } from 'react';
import type { TrashedSummary } from '@shared/api/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { StatusBanner, type StatusMessage } from '../../components/StatusBanner';
import { api } from '../../lib/api';
import { useApiLoad } from '../../lib/use-api-load';
import { TRASH_DAYS, TrashRow } from './TrashRow';

/** "Thùng rác": deleted drafts, restorable until they are purged after 30 days. */
export function TrashView() {
  const load = useCallback(() => api.listTrash({}), []);
  const { state, reload } = useApiLoad(load);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const drafts = state.status === 'loaded' ? state.value : [];

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
      reload();
    }
  };
  const restore = (draft: TrashedSummary) =>
    run(async () => {
      const result = await api.restoreFromTrash({ id: draft.id });
      const title = draft.title.split('\n').join(' ').trim() || '(Chưa có trích yếu)';
      setStatus(
        result.ok
          ? { kind: 'ok', text: `Đã khôi phục “${title}” về danh sách báo cáo.` }
          : { kind: 'error', text: result.error.message },
      );
    });
  const empty = () =>
    run(async () => {
      const result = await api.emptyTrash({});
      setConfirming(false);
      setStatus(
        result.ok
          ? { kind: 'ok', text: `Đã xóa vĩnh viễn ${result.value.count} báo cáo.` }
          : { kind: 'error', text: result.error.message },
      );
    });

  return (
    <section className="draft-list" data-testid="trash-view">
      <div className="draft-list-head">
        <h1>Thùng rác</h1>
        <button
          type="button"
          className="btn btn-ghost-danger"
          data-testid="btn-empty-trash"
          disabled={busy || drafts.length === 0}
          onClick={() => setConfirming(true)}
        >
          Dọn sạch thùng rác
        </button>
      </div>
      <p className="muted trash-note" data-testid="trash-note">
        Báo cáo đã xóa được giữ ở đây và có thể khôi phục. Tự động xóa vĩnh viễn sau {TRASH_DAYS} ngày.
      </p>
      <StatusBanner status={status} onDismiss={() => setStatus(null)} testId="trash-status" />
      {state.status === 'loading' ? <p className="muted">Đang tải thùng rác…</p> : null}
      {state.status === 'failed' ? (
        <p className="error-text" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === 'loaded' && drafts.length === 0 ? (
        <div className="empty" data-testid="trash-empty">
          <p>Thùng rác trống.</p>
        </div>
      ) : null}
      {drafts.length > 0 && state.status === 'loaded' ? (
        <ul className="draft-rows">
          {drafts.map((draft) => (
            <TrashRow key={draft.id} draft={draft} now={state.at} busy={busy} onRestore={() => void restore(draft)} />
          ))}
        </ul>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          question={`Xóa vĩnh viễn ${drafts.length} báo cáo trong thùng rác?`}
          detail="Không thể hoàn tác: các báo cáo này và lịch sử phiên bản của chúng sẽ bị xóa hẳn."
          confirmLabel="Xóa vĩnh viễn"
          danger
          busy={busy}
          onConfirm={() => void empty()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
