/** The draft summaries shown on the start screen, reloadable after a change. */
import { useCallback, useEffect, useState } from 'react';
import type { DraftSummary } from '@shared/api/contract';
import { api } from '../../lib/api';

export type DraftsState =
  | { status: 'loading' }
  | { status: 'loaded'; drafts: DraftSummary[] }
  | { status: 'failed'; message: string };

/** Loads the list; marks the page ready (`<html data-ready="true">`) after the first answer. */
export function useDrafts(): { state: DraftsState; reload: () => void } {
  const [state, setState] = useState<DraftsState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void api.listDrafts({}).then((result) => {
      if (cancelled) return;
      setState(result.ok ? { status: 'loaded', drafts: result.value } : { status: 'failed', message: result.error.message });
      document.documentElement.dataset.ready = 'true';
    });
    return () => {
      cancelled = true;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { state, reload };
}
