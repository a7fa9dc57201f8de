/** What the start screen does with drafts; each action reports its outcome as a StatusMessage. */
import { useCallback, useState } from 'react';
import { MAX_TRANSFER_CHARS, type MethodArgs } from '@shared/api/contract';
import type { Draft } from '@shared/domain/draft-schema';
import type { StatusMessage } from '../../components/StatusBanner';
import { useApi } from '../../lib/api-context';
import { formatSize } from '../../lib/format';
import type { ListItem } from './list-item';

interface DraftActionsOptions {
  onEdit: (draft: Draft) => void;
  /** The drafts changed: reload the list and the search. */
  onChanged: () => void;
  report: (status: StatusMessage | null) => void;
}

const quoted = (item: Pick<ListItem, 'title'>) => `“${item.title.split('\n').join(' ').trim() || '(Chưa có trích yếu)'}”`;

/** Reads a chosen file as text, refusing one too large to import before reading it. */
async function readTransferFile(file: File): Promise<{ content: string } | { error: string }> {
  const tooLarge = `Tệp “${file.name}” quá lớn để nhập (${formatSize(file.size)}; tối đa ${formatSize(MAX_TRANSFER_CHARS)}).`;
  if (file.size > MAX_TRANSFER_CHARS) return { error: tooLarge };
  try {
    const content = await file.text();
    return content.length > MAX_TRANSFER_CHARS ? { error: tooLarge } : { content };
  } catch {
    return { error: `Không đọc được tệp “${file.name}”.` };
  }
}

export function useDraftActions({ onEdit, onChanged, report }: DraftActionsOptions) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T> => {
    setBusy(true);
    try {
      return await work();
    } finally {
      setBusy(false);
    }
  }, []);
  const fail = (message: string) => report({ kind: 'error', text: message });

  return {
    busy,
    /** "Tạo báo cáo mới" with the template and profile chosen in its dialog. */
    create: (choice: MethodArgs<'createDraft'> = {}) =>
      run(async () => {
        const result = await api.createDraft(choice);
        if (result.ok) onEdit(result.value);
        else fail(result.error.message);
      }),
    open: (id: string) =>
      run(async () => {
        const result = await api.getDraft({ id });
        if (result.ok) onEdit(result.value);
        else fail(result.error.message);
      }),
    duplicate: (item: ListItem) =>
      run(async () => {
        const result = await api.duplicateDraft({ id: item.id });
        if (!result.ok) return fail(result.error.message);
        report({ kind: 'ok', text: `Đã nhân bản ${quoted(item)} thành một báo cáo mới.` });
        onChanged();
      }),
    newPeriod: (item: ListItem) =>
      run(async () => {
        const result = await api.newPeriodDraft({ id: item.id });
        if (result.ok) onEdit(result.value);
        else fail(result.error.message);
      }),
    remove: (item: ListItem) =>
      run(async () => {
        const result = await api.deleteDraft({ id: item.id });
        if (result.ok) report({ kind: 'ok', text: `Đã chuyển ${quoted(item)} vào thùng rác.` });
        else fail(result.error.message);
        onChanged();
      }),
    /** Resolves true when the drafts went to the trash. */
    removeMany: (ids: string[]) =>
      run(async () => {
        const result = await api.deleteDrafts({ ids });
        onChanged();
        if (!result.ok) {
          fail(result.error.message);
          return false;
        }
        report({ kind: 'ok', text: `Đã chuyển ${result.value.count} báo cáo vào thùng rác. Có thể khôi phục trong “Thùng rác”.` });
        return true;
      }),
    exportMany: (ids: string[]) =>
      run(async () => {
        const result = await api.exportDrafts({ ids });
        if (!result.ok) {
          if (result.error.code !== 'CANCELLED') fail(`Không xuất được: ${result.error.message}`);
          return;
        }
        // A null path: the clerk closed the save dialog.
        if (result.value.path !== null) report({ kind: 'ok', text: `Đã xuất ${ids.length} báo cáo vào tệp`, path: result.value.path });
      }),
    importFile: (file: File) =>
      run(async () => {
        report(null);
        const read = await readTransferFile(file);
        if ('error' in read) return fail(read.error);
        const result = await api.importDrafts({ fileName: file.name, content: read.content });
        if (!result.ok) return fail(`Không nhập được tệp “${file.name}”: ${result.error.message}`);
        const count = result.value.imported.length;
        report(
          count === 0
            ? { kind: 'error', text: `Tệp “${file.name}” không có báo cáo nào để nhập.` }
            : { kind: 'ok', text: `Đã nhập ${count} báo cáo từ “${file.name}”. Báo cáo nhập vào là bản mới, không ghi đè báo cáo đang có.` },
        );
        onChanged();
      }),
  };
}
