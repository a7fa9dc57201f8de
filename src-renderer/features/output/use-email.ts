/** "Gửi email": save, prepare the outbox (DOCX, PDF, .eml), and offer its folder. */
import { useCallback, useState } from 'react';
import type { PreparedEmail } from '@shared/api/contract';
import { api } from '../../lib/api';
import { NOT_SAVED } from './outcome';

export type EmailState =
  | { kind: 'prepared'; email: PreparedEmail; at: string; folderOpened: boolean | null }
  | { kind: 'error'; text: string }
  | null;

/** Prepares the email of draft `id` after `flush` stored the latest edits. */
export function useEmail(id: string, flush: () => Promise<boolean>) {
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<EmailState>(null);

  const run = useCallback(async () => {
    setBusy(true);
    setState(null);
    try {
      if (!(await flush())) return setState({ kind: 'error', text: NOT_SAVED });
      const result = await api.prepareEmail({ id });
      if (!result.ok) return setState({ kind: 'error', text: result.error.message });
      setState({ kind: 'prepared', email: result.value, at: new Date().toISOString(), folderOpened: null });
    } finally {
      setBusy(false);
    }
  }, [id, flush]);

  const openFolder = useCallback(async () => {
    const result = await api.openOutbox({ id });
    if (!result.ok) return setState({ kind: 'error', text: result.error.message });
    setState((current) => (current?.kind === 'prepared' ? { ...current, folderOpened: result.value.opened } : current));
  }, [id]);

  return { busy, state, run, openFolder, dismiss: () => setState(null) };
}
