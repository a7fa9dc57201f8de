import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Draft } from '@shared/domain/draft-schema';
import { StatusBanner, type StatusMessage } from '../../components/StatusBanner';
import { DocxImportContext, type DocxImportControl } from './docx-import-context';
import { ImportReportDialog } from './ImportReportDialog';
import { useDocxDrop } from './use-docx-drop';
import { useDocxImport } from './use-docx-import';
import './import.css';

interface DocxImportHostProps {
  /** Opens the imported draft in the editor (the shell first stores the edits of a draft open there). */
  onOpen: (draft: Draft) => void;
  children: ReactNode;
}

/**
 * "Nhập từ Word" for the whole window: a Word file dropped anywhere (the list, the editor, a
 * rich-text field) is imported; the progress and refusal banner, the drop overlay and the import
 * report with "Mở bản thảo" and "Dùng cho kỳ mới". The list's button (DocxImportButton) picks
 * files through the context. Test ids: `import-docx-status`, `docx-drop-overlay`.
 */
export function DocxImportHost({ onOpen, children }: DocxImportHostProps) {
  const listeners = useRef(new Set<() => void>());
  const imported = useCallback(() => {
    for (const listener of listeners.current) listener();
  }, []);
  const { state, importFile, openDraft, openForNewPeriod, reset } = useDocxImport(imported);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<StatusMessage | null>(null);
  const working = state.status === 'working';
  const running = useRef(false);

  const start = useCallback(
    (file: File) => {
      // One import at a time: a second drop while one is read is not queued behind it.
      if (running.current) return;
      running.current = true;
      setNotice(null);
      void importFile(file).finally(() => {
        running.current = false;
      });
    },
    [importFile],
  );
  const other = useCallback((file: File) => setNotice({ kind: 'error', text: `Tệp “${file.name}” không phải tệp Word (.docx); hãy kéo thả một tệp .docx.` }), []);
  const { dragging } = useDocxDrop(start, other);

  const open = async (forNewPeriod: boolean) => {
    if (state.status !== 'done') return;
    setBusy(true);
    const outcome = forNewPeriod ? await openForNewPeriod(state.result.draft.id) : await openDraft(state.result.draft.id);
    setBusy(false);
    if (typeof outcome === 'string') return setNotice({ kind: 'error', text: outcome });
    reset();
    onOpen(outcome);
  };

  const subscribe = useCallback((listener: () => void) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const control = useMemo<DocxImportControl>(() => ({ importFile: start, working, onImported: subscribe }), [start, working, subscribe]);

  const status: StatusMessage | null =
    state.status === 'failed' ? { kind: 'error', text: state.message } : working ? { kind: 'ok', text: `Đang đọc tệp “${state.fileName}”…` } : notice;
  return (
    <DocxImportContext.Provider value={control}>
      {children}
      {status ? (
        <div className="import-status">
          <StatusBanner status={status} testId="import-docx-status" onDismiss={() => (state.status === 'failed' ? reset() : setNotice(null))} />
        </div>
      ) : null}
      {dragging ? (
        <div className="docx-drop-overlay" data-testid="docx-drop-overlay" aria-hidden="true">
          Thả tệp Word (.docx) vào đây để nhập
        </div>
      ) : null}
      {state.status === 'done' ? (
        <ImportReportDialog result={state.result} busy={busy} onOpen={() => void open(false)} onNewPeriod={() => void open(true)} onClose={reset} />
      ) : null}
    </DocxImportContext.Provider>
  );
}
