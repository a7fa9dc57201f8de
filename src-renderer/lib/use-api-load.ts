/** Loads something from main, with a reload; the latest answer wins. */
import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '@shared/api/errors';

export type LoadState<T> =
  | { status: 'loading' }
  /** `at`: when the answer came (ms), for "còn N ngày" and the like. */
  | { status: 'loaded'; value: T; at: number }
  | { status: 'failed'; message: string };

/**
 * Calls `load` on mount, whenever `load` (memoize it) or `key` changes, and on `reload()`.
 * Until the first answer the state is 'loading'; later reloads keep the last answer on screen.
 */
export function useApiLoad<T>(load: () => Promise<ApiResult<T>>, key?: unknown): { state: LoadState<T>; reload: () => void } {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void load().then((result) => {
      if (cancelled) return;
      setState(result.ok ? { status: 'loaded', value: result.value, at: Date.now() } : { status: 'failed', message: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [load, key, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { state, reload };
}
