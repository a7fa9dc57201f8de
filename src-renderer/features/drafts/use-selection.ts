/** The drafts ticked for a bulk action. */
import { useCallback, useState } from 'react';

export interface Selection {
  has: (id: string) => boolean;
  toggle: (id: string) => void;
  /** Ticks all of `ids` when not all are ticked, else unticks them. */
  toggleAll: (ids: readonly string[]) => void;
  clear: () => void;
}

export function useSelection(): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const has = useCallback((id: string) => selected.has(id), [selected]);
  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const toggleAll = useCallback((ids: readonly string[]) => {
    setSelected((current) => {
      const all = ids.every((id) => current.has(id));
      const next = new Set(current);
      for (const id of ids) {
        if (all) next.delete(id);
        else next.add(id);
      }
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Set()), []);
  return { has, toggle, toggleAll, clear };
}
