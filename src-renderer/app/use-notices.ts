/**
 * Notices (errors and information) shown under the header until closed. A notice about one draft
 * ("Đã điền …", "Đã khôi phục …") carries that draft's id as its scope: it shows only while that
 * draft is open and goes when the clerk leaves it.
 */
import { useCallback, useState } from 'react';

export interface Notice {
  id: number;
  kind: 'error' | 'warning' | 'info';
  text: string;
  /** The draft it is about; absent for the app as a whole. */
  scope?: string;
}

/** Shows a message under the header; errors by default. */
export type Notify = (text: string, kind?: Notice['kind']) => void;

let nextId = 1;

/** The notice list with `notify`, `dismiss` and the scope moves; at most the five latest are kept. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const notifyIn = useCallback((scope: string | undefined, text: string, kind: Notice['kind'] = 'error') => {
    const id = nextId++;
    const notice: Notice = scope === undefined ? { id, kind, text } : { id, kind, text, scope };
    setNotices((list) => [...list.filter((n) => !(n.text === text && n.scope === scope)), notice].slice(-5));
  }, []);
  const notify = useCallback<Notify>((text, kind) => notifyIn(undefined, text, kind), [notifyIn]);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  /** Removes every notice about draft `scope` (the clerk left it). */
  const dropScope = useCallback((scope: string) => setNotices((list) => list.filter((n) => n.scope !== scope)), []);
  /** Moves the notices of draft `from` to draft `to` (the editor went on with a copy of it). */
  const moveScope = useCallback(
    (from: string, to: string) => setNotices((list) => list.map((n) => (n.scope === from ? { ...n, scope: to } : n))),
    [],
  );
  return { notices, notify, notifyIn, dismiss, dropScope, moveScope };
}

/** The notices to show while `scope` (the open draft, or null) is on screen. */
export function visibleNotices(notices: readonly Notice[], scope: string | null): Notice[] {
  return notices.filter((n) => n.scope === undefined || n.scope === scope);
}
