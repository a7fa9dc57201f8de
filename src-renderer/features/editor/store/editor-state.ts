/** What the editor holds while a draft is open: the draft, where the clerk is, and the undo history. */
import type { Draft } from '@shared/domain/draft-schema';

/** The six steps of the guide, in order. */
export const STEP_IDS = ['header', 'opening', 'content', 'closing', 'signer', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Whether a stored value names a step (the last step is kept across reloads). */
export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

/** One state the clerk can go back to: the draft as it was, and where the change was made. */
export interface HistoryEntry {
  draft: Draft;
  step: StepId;
  /** Field key of the place the change was made, focused again on undo/redo. */
  focus: string | null;
}

/** A request to move the keyboard focus to a field once its step is on screen. */
export interface FocusRequest {
  key: string;
  /** Grows with each request, so asking twice for the same field focuses it twice. */
  seq: number;
}

/** The typing being grouped into one undo step. */
export interface OpenEdit {
  key: string;
  startedAt: number;
  lastAt: number;
}

export interface EditorState {
  draft: Draft;
  step: StepId;
  focusRequest: FocusRequest | null;
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
  openEdit: OpenEdit | null;
  /** Grows with every change of the history (edit, undo, redo): an undo toast stays valid while it is unchanged. */
  version: number;
}

/** The state of a freshly opened draft, on `step` with the focus asked for field `focus` (where the clerk left it). */
export function initialEditorState(draft: Draft, step: StepId = 'header', focus: string | null = null): EditorState {
  return { draft, step, focusRequest: focus ? { key: focus, seq: 1 } : null, past: [], future: [], openEdit: null, version: 0 };
}
