/** Global notices (errors and information) shown under the header until dismissed. */
import { useCallback, useState } from 'react';

export interface Notice {
  id: number;
  kind: 'error' | 'warning' | 'info';
  text: string;
}

/** Shows a message under the header; errors by default. */
export type Notify = (text: string, kind?: Notice['kind']) => void;

let nextId = 1;

/** The notice list with `notify` and `dismiss`; at most the five latest are kept. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const notify = useCallback<Notify>((text, kind = 'error') => {
    const id = nextId++;
    setNotices((list) => [...list.filter((n) => n.text !== text), { id, kind, text }].slice(-5));
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  return { notices, notify, dismiss };
}
