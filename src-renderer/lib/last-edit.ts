/**
 * The draft and step being edited, kept in the renderer's localStorage so that reopening the app
 * or reloading the page comes back to them. Cleared when the clerk goes back to the list.
 */
import { isStepId, type StepId } from '../features/editor/store/editor-state';

const KEY = 'baocao.lastEdit';

export interface LastEdit {
  draftId: string;
  step: StepId;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off; the app then simply opens on the list.
    return null;
  }
}

/** What was being edited last, or null. */
export function readLastEdit(): LastEdit | null {
  const raw = storage()?.getItem(KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<LastEdit>;
    return typeof value.draftId === 'string' && isStepId(value.step) ? { draftId: value.draftId, step: value.step } : null;
  } catch {
    return null;
  }
}

/** Remembers the draft and step being edited. */
export function writeLastEdit(edit: LastEdit): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(edit));
  } catch {
    // A full or blocked storage only loses the resume; editing goes on.
  }
}

/** Forgets it (back on the list). */
export function clearLastEdit(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}
