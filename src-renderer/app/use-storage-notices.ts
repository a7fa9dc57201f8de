/** Shows, once at start, what storage recovered or set aside while opening (never silently). */
import { useEffect } from 'react';
import { api } from '../lib/api';
import type { Notice } from './use-notices';

export function useStorageNotices(notify: (text: string, kind?: Notice['kind']) => void): void {
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
  }, [notify]);
}
