/** "Xuất DOCX": save first, then export, and keep the outcome for display. */
import { useCallback, useState } from 'react';
import { useApi } from '../../lib/api-context';

export type ExportOutcome =
  | { kind: 'done'; path: string; removedCharacters: number }
  | { kind: 'error'; message: string }
  | null;

const NOT_SAVED = 'Chưa xuất được vì bản thảo chưa lưu được. Hãy sửa lỗi lưu rồi xuất lại.';

/** Runs the export of draft `id` after `flush` stored the latest edits. */
export function useExport(id: string, flush: () => Promise<boolean>) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome>(null);

  const run = useCallback(async () => {
    setBusy(true);
    setOutcome(null);
    try {
      if (!(await flush())) {
        setOutcome({ kind: 'error', message: NOT_SAVED });
        return;
      }
      const result = await api.exportDocx({ id });
      if (!result.ok) {
        if (result.error.code !== 'CANCELLED') setOutcome({ kind: 'error', message: result.error.message });
        return;
      }
      const { path, removedCharacters } = result.value;
      // A null path means the clerk closed the save dialog: nothing to report.
      if (path !== null) setOutcome({ kind: 'done', path, removedCharacters });
    } finally {
      setBusy(false);
    }
  }, [api, id, flush]);

  const dismiss = useCallback(() => setOutcome(null), []);
  return { busy, outcome, run, dismiss };
}
