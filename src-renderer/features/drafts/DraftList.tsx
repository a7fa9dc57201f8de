import { useCallback, useMemo, useState } from 'react';
import type { Draft } from '@shared/domain/draft-schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { StatusBanner, type StatusMessage } from '../../components/StatusBanner';
import { NewDraftDialog } from '../templates/NewDraftDialog';
import { BulkBar } from './BulkBar';
import { DraftRow } from './DraftRow';
import { ImportButton } from './ImportButton';
import { useDocxImported } from '../import/docx-import-context';
import { DocxImportButton } from '../import/DocxImportButton';
import { fromHit, fromSummary, type ListItem } from './list-item';
import { SearchBar } from './SearchBar';
import { SearchSummary } from './SearchSummary';
import { useDraftActions } from './use-draft-actions';
import { useDraftSearch, NO_FILTERS, type SearchFilters } from './use-draft-search';
import { useDrafts } from './use-drafts';
import { useSelection } from './use-selection';

interface DraftListProps {
  onEdit: (draft: Draft) => void;
}

/** The start screen: search, the clerk's drafts with their actions, bulk actions and import. */
export function DraftList({ onEdit }: DraftListProps) {
  const { state, reload } = useDrafts();
  const [generation, setGeneration] = useState(0);
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const search = useDraftSearch(filters, generation);
  const selection = useSelection();
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string[] | null>(null);
  const [choosingTemplate, setChoosingTemplate] = useState(false);

  const onChanged = useCallback(() => {
    reload();
    setGeneration((n) => n + 1);
  }, [reload]);
  const actions = useDraftActions({ onEdit, onChanged, report: setStatus });
  // A Word file imported from anywhere in the window (a drop) shows in the list.
  useDocxImported(onChanged);

  const items = useMemo<ListItem[] | null>(() => {
    if (search.status === 'done') return search.hits.map(fromHit);
    if (search.status !== 'idle' || state.status !== 'loaded') return null;
    const all = state.drafts.map(fromSummary);
    return filters.status === '' ? all : all.filter((item) => item.status === filters.status);
  }, [search, state, filters.status]);
  const shownIds = useMemo(() => (items ?? []).map((item) => item.id), [items]);
  const selectedIds = shownIds.filter((id) => selection.has(id));
  const hasDrafts = state.status === 'loaded' && state.drafts.length > 0;

  const deleteSelected = async (ids: string[]) => {
    if (await actions.removeMany(ids)) selection.clear();
    setConfirmDelete(null);
  };

  return (
    <section className="draft-list" data-testid="draft-list">
      <div className="draft-list-head">
        <h1>Báo cáo của tôi</h1>
        <span className="head-actions">
          <ImportButton busy={actions.busy} onFile={(file) => void actions.importFile(file)} />
          <DocxImportButton />
          <button type="button" className="btn btn-primary" data-testid="btn-new-draft" disabled={actions.busy} onClick={() => setChoosingTemplate(true)}>
            Tạo báo cáo mới
          </button>
        </span>
      </div>
      <StatusBanner status={status} onDismiss={() => setStatus(null)} testId="list-status" />
      {state.status === 'loading' ? <p className="muted">Đang tải danh sách…</p> : null}
      {state.status === 'failed' ? (
        <p className="error-text" data-testid="drafts-error">
          {state.message}
        </p>
      ) : null}
      {state.status === 'loaded' && !hasDrafts ? (
        <div className="empty" data-testid="drafts-empty">
          <p>Chưa có báo cáo nào.</p>
          <p className="muted">Bấm “Tạo báo cáo mới” để bắt đầu soạn, hoặc “Nhập báo cáo…” để nhập từ tệp.</p>
        </div>
      ) : null}
      {hasDrafts ? (
        <>
          <SearchBar filters={filters} onChange={setFilters} />
          <SearchSummary search={search} shown={items?.length ?? 0} filtered={filters.status !== ''} />
          <BulkBar
            selected={selectedIds.length}
            shown={shownIds.length}
            busy={actions.busy}
            onToggleAll={() => selection.toggleAll(shownIds)}
            onExport={() => void actions.exportMany(selectedIds)}
            onDelete={() => setConfirmDelete(selectedIds)}
          />
          <ul className="draft-rows">
            {(items ?? []).map((item) => (
              <DraftRow
                key={item.id}
                item={item}
                busy={actions.busy}
                selected={selection.has(item.id)}
                onToggle={() => selection.toggle(item.id)}
                onOpen={() => void actions.open(item.id)}
                onDuplicate={() => void actions.duplicate(item)}
                onNewPeriod={() => void actions.newPeriod(item)}
                onDelete={() => void actions.remove(item)}
              />
            ))}
          </ul>
        </>
      ) : null}
      {choosingTemplate ? (
        <NewDraftDialog
          busy={actions.busy}
          onCreate={(choice) => {
            setChoosingTemplate(false);
            void actions.create(choice);
          }}
          onCancel={() => setChoosingTemplate(false)}
        />
      ) : null}
      {confirmDelete ? (
        <ConfirmDialog
          question={`Chuyển ${confirmDelete.length} báo cáo vào thùng rác?`}
          detail="Báo cáo trong thùng rác có thể khôi phục trong 30 ngày, sau đó bị xóa vĩnh viễn."
          confirmLabel="Chuyển vào thùng rác"
          danger
          busy={actions.busy}
          onConfirm={() => void deleteSelected(confirmDelete)}
          onCancel={() => setConfirmDelete(null)}
        />
      ) : null}
    </section>
  );
}

