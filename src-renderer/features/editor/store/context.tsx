/**
 * The editor's one state boundary: the store is provided through context and components select
 * the narrow slice they show, so a keystroke re-renders the field typed in, not the document.
 */
import { createContext, useCallback, useContext, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { EditorState } from './editor-state';
import type { EditorAction } from './reducer';
import type { EditorStore } from './store';

const StoreContext = createContext<EditorStore | null>(null);

/** Provides `store` to the editor below. */
export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for effects that read the state without rendering it (autosave, shortcuts). */
export function useEditorStore(): EditorStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useEditorStore outside EditorStoreProvider');
  return store;
}

/** `dispatch` of the store; stable for the store's life. */
export function useEditorDispatch(): (action: EditorAction) => void {
  return useEditorStore().dispatch;
}

interface Cached<T> {
  state: EditorState;
  selector: (state: EditorState) => T;
  value: T;
}

/**
 * The slice `selector` picks; the component re-renders only when it changes by `equal`
 * (Object.is by default). The selector may be a new closure on every render.
 */
export function useEditorSelector<T>(selector: (state: EditorState) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const store = useEditorStore();
  const cache = useRef<Cached<T> | null>(null);
  const getSnapshot = useCallback(() => {
    const state = store.getState();
    const last = cache.current;
    if (last && last.state === state && last.selector === selector) return last.value;
    const value = selector(state);
    const kept = last && equal(last.value, value) ? last.value : value;
    cache.current = { state, selector, value: kept };
    return kept;
  }, [store, selector, equal]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}

/** Shallow equality of two arrays (same length, same items by Object.is). */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}
