import { useState } from 'react';
import type { Draft } from '@shared/domain/draft-schema';
import { api } from '../../lib/api';
import { DraftRow } from './DraftRow';
import { useDrafts } from './use-drafts';

interface DraftListProps {
  onEdit: (draft: Draft) => void;
  notify: (message: string) => void;
}

/** The start screen: the clerk's drafts, a button for a new one, open and delete. */
export function DraftList({ onEdit, notify }: DraftListProps) {
  const { state, reload } = useDrafts();
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const create = () =>
    act(async () => {
      const result = await api.createDraft({});
      if (result.ok) onEdit(result.value);
      else notify(result.error.message);
    });
  const open = (id: string) =>
    act(async () => {
      const result = await api.getDraft({ id });
      if (result.ok) onEdit(result.value);
      else notify(result.error.message);
    });
  const remove = (id: string) =>
    act(async () => {
      const result = await api.deleteDraft({ id });
      if (!result.ok) notify(result.error.message);
      reload();
    });

  return (
    <section className="draft-list" data-testid="draft-list">
      <div className="draft-list-head">
        <h1>Báo cáo của tôi</h1>
        <button type="button" className="btn btn-primary" data-testid="btn-new-draft" disabled={busy} onClick={() => void create()}>
          Tạo báo cáo mới
        </button>
      </div>
      {state.status === 'loading' ? <p className="muted">Đang tải danh sách…</p> : null}
      {state.status === 'failed' ? (
        <p className="error-text" data-testid="drafts-error">
          {state.message}
        </p>
      ) : null}
      {state.status === 'loaded' && state.drafts.length === 0 ? (
        <div className="empty" data-testid="drafts-empty">
          <p>Chưa có báo cáo nào.</p>
          <p className="muted">Bấm “Tạo báo cáo mới” để bắt đầu soạn.</p>
        </div>
      ) : null}
      {state.status === 'loaded' && state.drafts.length > 0 ? (
        <ul className="draft-rows">
          {state.drafts.map((draft) => (
            <DraftRow
              key={draft.id}
              draft={draft}
              busy={busy}
              onOpen={() => void open(draft.id)}
              onDelete={() => void remove(draft.id)}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
