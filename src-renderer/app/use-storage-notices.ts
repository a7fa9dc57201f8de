/**
 * Shows, once at start, what storage recovered or set aside while opening (never silently), and
 * later what became of each file the OS opened the running app with (a double-click on a .baocao).
 */
import { useEffect } from 'react';
import { onFilesOpened } from '../lib/api';
import { useApi } from '../lib/api-context';
import type { Notify } from './use-notices';

export function useStorageNotices(notify: Notify): void {
  const api = useApi();
  useEffect(() => {
    let cancelled = false;
    void api.getNotices({}).then((result) => {
      if (cancelled) return;
      if (result.ok) result.value.forEach((text) => notify(text, 'warning'));
      else notify(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [api, notify]);
  useEffect(() => onFilesOpened((messages) => messages.forEach((text) => notify(text, 'info'))), [notify]);
}
