/** Reading and changing one field of the draft through the store. */
import { useCallback, useMemo } from 'react';
import { updateAt, valueAt } from '@shared/domain/checks/draft-edit';
import type { Draft } from '@shared/domain/draft-schema';
import { useEditorDispatch, useEditorSelector } from './context';
import type { StepId } from './editor-state';
import { parseFieldKey } from './field-path';
import { canRedo, canUndo } from './reducer';

/** Options of one change: how it groups for undo and where the focus goes. */
export interface EditOptions {
  /** Typing key: consecutive edits of one field form one undo step. */
  group?: string;
  /** Field key focused again when the change is undone. */
  focus?: string | null;
  /** Field key to focus right after the change, or how to find it in the changed draft. */
  focusAfter?: string | ((draft: Draft) => string | null);
}

/** Applies a change to the whole draft (one undo step unless grouped). */
export function useDraftEdit(): (edit: (draft: Draft) => Draft, options?: EditOptions) => void {
  const dispatch = useEditorDispatch();
  return useCallback((edit, options = {}) => dispatch({ type: 'edit', edit, at: Date.now(), ...options }), [dispatch]);
}

/** The value at field `key` ("header.place"); re-renders only when that value changes. */
export function useFieldValue<T>(key: string): T {
  const path = useMemo(() => parseFieldKey(key), [key]);
  return useEditorSelector(useCallback((state) => valueAt(state.draft, path) as T, [path]));
}

/** The value at field `key` and its setter; typing in it groups into one undo step. */
export function useDraftField<T>(key: string): [T, (value: T) => void] {
  const value = useFieldValue<T>(key);
  const edit = useDraftEdit();
  const set = useCallback(
    (next: T) => {
      const path = parseFieldKey(key);
      edit((draft) => updateAt(draft, path, () => next), { group: key });
    },
    [edit, key],
  );
  return [value, set];
}

/** The current step. */
export function useStep(): StepId {
  return useEditorSelector((state) => state.step);
}

/** Whether undo / redo can do anything now. */
export function useUndoState(): { undo: boolean; redo: boolean } {
  const undo = useEditorSelector(canUndo);
  const redo = useEditorSelector(canRedo);
  return { undo, redo };
}
