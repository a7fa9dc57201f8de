/** The search box and filters of the start screen, searched in main (diacritic-insensitive). */
import { useEffect, useState } from 'react';
import type { SearchHit } from '@shared/api/contract';
import { api } from '../../lib/api';
import { useDebounced } from '../../lib/use-debounced';

export interface SearchFilters {
  query: string;
  /** A report year, or null for every year. */
  year: number | null;
  /** '' for every status. */
  status: '' | 'draft' | 'final';
}

export const NO_FILTERS: SearchFilters = { query: '', year: null, status: '' };

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'failed'; message: string };

const DEBOUNCE_MS = 200;

/**
 * Hits for the typed words, 200 ms after the last keystroke; idle while the box is empty (the
 * plain list is shown then). `generation` re-runs the search after the drafts changed.
 */
export function useDraftSearch(filters: SearchFilters, generation: number): SearchState {
  const settled = useDebounced(filters, DEBOUNCE_MS);
  const [answer, setAnswer] = useState<{ key: string; state: SearchState } | null>(null);
  const query = settled.query.trim();
  const { year, status } = settled;
  const key = JSON.stringify([query, year, status, generation]);

  useEffect(() => {
    if (query === '') return;
    let cancelled = false;
    void api
      .searchDrafts({ query, ...(year !== null ? { year } : {}), ...(status !== '' ? { status } : {}), limit: 200 })
      .then((result) => {
        if (cancelled) return;
        const state: SearchState = result.ok
          ? { status: 'done', query, hits: result.value }
          : { status: 'failed', message: result.error.message };
        setAnswer({ key, state });
      });
    return () => {
      cancelled = true;
    };
  }, [key, query, year, status]);

  // A cleared box goes back to the list at once, without waiting for the debounce.
  if (filters.query.trim() === '') return { status: 'idle' };
  if (answer?.key === key) return answer.state;
  // While the next answer is on its way, keep the previous hits on screen rather than flicker.
  return answer?.state.status === 'done' ? answer.state : { status: 'searching' };
}
