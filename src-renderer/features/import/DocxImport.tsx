import { useCallback, useRef, useState } from 'react';
import type { Draft } from '@shared/domain/draft-schema';
import { StatusBanner, type StatusMessage } from '../../components/StatusBanner';
import { ImportReportDialog } from './ImportReportDialog';
import { useDocxDrop } from './use-docx-drop';
import { useDocxImport } from './use-docx-import';
import './import.css';

interface DocxImportProps {
  /** Opens the imported draft in the editor. */
  onOpen: (draft: Draft) => void;
  /** A draft was created or changed: reload the list. */
  onImported: () => void;
}

/**
 * "Nhập từ Word": the button that picks a .docx, the window-wide drop target, the progress and
 * refusal banner, and the import report with "Mở bản thảo" and "Dùng cho kỳ mới".
 * Test ids: `btn-import-docx`, `import-docx-input`, `import-docx-status`, `docx-drop-overlay`.
 */
export function DocxImport({ onOpen, onImported }: DocxImportProps) {
  const input = useRef<HTMLInputElement>(null);
  const { state, importFile, openDraft, openForNewPeriod, reset } = useDocxImport(onImported);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<StatusMessage | null>(null);
  const start = useCallback(
    (file: File) => {
      setNotice(null);
      void importFile(file);
    },
    [importFile],
  );
  const other = useCallback((file: File) => setNotice({ kind: 'error', text: `Tệp “${file.name}” không phải tệp Word (.docx); hãy kéo thả một tệp .docx.` }), []);
  const { dragging } = useDocxDrop(start, other);
  const working = state.status === 'working';

  const open = async (forNewPeriod: boolean) => {
    if (state.status !== 'done') return;
    setBusy(true);
    const outcome = forNewPeriod ? await openForNewPeriod(state.result.draft.id) : await openDraft(state.result.draft.id);
    setBusy(false);
    if (typeof outcome === 'string') return setNotice({ kind: 'error', text: outcome });
    reset();
    onOpen(outcome);
  };

  const status: StatusMessage | null =
    state.status === 'failed' ? { kind: 'error', text: state.message } : working ? { kind: 'ok', text: `Đang đọc tệp “${state.fileName}”…` } : notice;
  return (
    <>
      <button type="button" className="btn" data-testid="btn-import-docx" title="Nhập báo cáo kỳ trước từ tệp Word (.docx); có thể kéo thả tệp vào cửa sổ" disabled={working} onClick={() => input.current?.click()}>
        Nhập từ Word…
      </button>
      <input
        ref={input}
        type="file"
        accept=".docx,.docm,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        data-testid="import-docx-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) start(file);
        }}
      />
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
    </>
  );
}
