/** "Xuất PDF": save first, then the same layout as PDF at a place main asks for. */
import { useCallback, useState } from 'react';
import { api } from '../../lib/api';
import { NOT_SAVED, type OutputOutcome } from './outcome';

/** Exports draft `id` as PDF after `flush` stored the latest edits. */
export function usePdfExport(id: string, flush: () => Promise<boolean>) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<OutputOutcome>(null);

  const run = useCallback(async () => {
    setBusy(true);
    setOutcome(null);
    try {
      if (!(await flush())) return setOutcome({ kind: 'error', text: NOT_SAVED });
      const result = await api.exportPdf({ id });
      if (!result.ok) return setOutcome({ kind: 'error', text: result.error.message });
      // A null path means the clerk closed the save dialog: nothing to report.
      if (result.value.path !== null) setOutcome({ kind: 'ok', text: 'Đã xuất PDF:', path: result.value.path });
    } finally {
      setBusy(false);
    }
  }, [id, flush]);

  return { busy, outcome, run, dismiss: () => setOutcome(null) };
}
