/** A tiny external store around the reducer: components subscribe to the slice they show. */
import type { EditorState } from './editor-state';
import { editorReducer, type EditorAction } from './reducer';

export interface EditorStore {
  getState(): EditorState;
  dispatch(action: EditorAction): void;
  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** A store starting at `initial`. */
export function createEditorStore(initial: EditorState): EditorStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = editorReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
