/** "In n bản": save, then the app's print dialog, or the browser's print of the page document. */
import { useCallback, useMemo, useState } from 'react';
import type { Draft } from '@shared/domain/draft-schema';
import { countPrintCopies } from '@shared/domain/print-copies';
import { api } from '../../lib/api';
import { NOT_SAVED, type OutputOutcome } from './outcome';
import { printInBrowser } from './print-in-browser';

/** Prints draft `draft` after `flush` stored the latest edits; the copies come from its Nơi nhận. */
export function usePrint(draft: Draft, flush: () => Promise<boolean>) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<OutputOutcome>(null);
  const { kinhGui, noiNhan, drafter } = draft;
  const copies = useMemo(() => countPrintCopies({ kinhGui, noiNhan, drafter }), [kinhGui, noiNhan, drafter]);
  const id = draft.meta.id;

  const run = useCallback(async () => {
    setBusy(true);
    setOutcome(null);
    try {
      if (!(await flush())) return setOutcome({ kind: 'error', text: NOT_SAVED });
      const result = await api.printDraft({ id, copies: copies.total });
      if (!result.ok) return setOutcome({ kind: 'error', text: result.error.message });
      if (result.value.mode === 'app') {
        if (result.value.printed) setOutcome({ kind: 'ok', text: `Đã gửi ${copies.total} bản tới máy in.` });
        return;
      }
      // The browser prints what is stored, as the app does.
      const [stored, settings] = await Promise.all([api.getDraft({ id }), api.getSettings({})]);
      if (!stored.ok) return setOutcome({ kind: 'error', text: stored.error.message });
      if (!settings.ok) return setOutcome({ kind: 'error', text: settings.error.message });
      await printInBrowser({ draft: stored.value, layout: settings.value.layout });
      setOutcome({
        kind: 'ok',
        text: `Đã mở hộp thoại in của trình duyệt. Trình duyệt không nhận số bản đặt sẵn: hãy chọn ${copies.total} bản trong hộp thoại in.`,
      });
    } catch (error) {
      setOutcome({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }, [id, flush, copies.total]);

  return { busy, outcome, copies, run, dismiss: () => setOutcome(null) };
}
