/**
 * Whether the A4 preview is shown beside the steps: the clerk's choice, kept for the next draft
 * and the next start (on a small screen the fields get the room). Shown unless hidden.
 */
import { useCallback, useState } from 'react';
import { readStored, writeStored } from './local-store';

const KEY = 'baocao.previewShown';

/** The choice and its setter, which keeps it. */
export function usePreviewShown(): [boolean, (shown: boolean) => void] {
  const [shown, setShown] = useState(() => readStored(KEY) !== false);
  const set = useCallback((next: boolean) => {
    writeStored(KEY, next);
    setShown(next);
  }, []);
  return [shown, set];
}
