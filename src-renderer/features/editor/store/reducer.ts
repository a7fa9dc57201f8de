/**
 * The editor's reducer: every change of the draft goes through `edit`, which keeps an undo history
 * over the whole draft (structural changes and typing alike). Typing in one field is grouped into
 * one undo step while the pauses stay under COALESCE_MS; undo and redo survive step changes and
 * bring the clerk back to where the change was made.
 */
import type { Draft } from '@shared/domain/draft-schema';
import { initialEditorState, type EditorState, type HistoryEntry, type StepId } from './editor-state';
import { parseFieldKey } from './field-path';
import { stepOfField } from './field-steps';

/** Keystrokes of one field closer together than this are one undo step. */
export const COALESCE_MS = 1000;
/** A long run of typing still breaks into undo steps of at most this length. */
export const MAX_GROUP_MS = 10_000;
/** Undo steps kept; the oldest go first. Drafts share structure, so each step costs little. */
export const HISTORY_LIMIT = 500;

export type EditorAction =
  | {
      type: 'edit';
      edit: (draft: Draft) => Draft;
      /** When the edit happened (ms), for grouping typing. */
      at: number;
      /** Typing key (the field's key): consecutive edits with the same key are grouped. Structural edits leave it out. */
      group?: string;
      /** Field key of where the change is, focused again by undo; defaults to `group`. */
      focus?: string | null;
      /** Field to focus after the edit (the title of a section just added or moved), or how to find it in the new draft. */
      focusAfter?: string | ((draft: Draft) => string | null);
    }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'setStep'; step: StepId }
  /** Shows a field: goes to `step` (when given) and focuses the field once it is on screen. */
  | { type: 'focus'; key: string; step?: StepId }
  /** A new draft from main (a newer copy loaded): the history starts again. */
  | { type: 'replace'; draft: Draft };

const focusOn = (state: EditorState, key: string | null) =>
  key === null ? state.focusRequest : { key, seq: (state.focusRequest?.seq ?? 0) + 1 };

function applyEdit(state: EditorState, action: Extract<EditorAction, { type: 'edit' }>): EditorState {
  const draft = action.edit(state.draft);
  if (draft === state.draft) return state;
  const open = state.openEdit;
  const grouped =
    action.group !== undefined &&
    open !== null &&
    open.key === action.group &&
    action.at - open.lastAt <= COALESCE_MS &&
    action.at - open.startedAt <= MAX_GROUP_MS &&
    state.past.length > 0;
  const focusAfter = typeof action.focusAfter === 'function' ? action.focusAfter(draft) : (action.focusAfter ?? null);
  if (grouped) {
    // The entry before the group is already on the stack: only the draft moves on.
    return {
      ...state,
      draft,
      future: [],
      openEdit: { ...open, lastAt: action.at },
      focusRequest: focusOn(state, focusAfter),
    };
  }
  const focus = action.focus ?? action.group ?? null;
  // Undo shows the field that changed: on its own step (a fix made from "Kiểm tra" goes back to the field).
  const focusPath = focus === null ? null : parseFieldKey(focus);
  const step = focusPath && typeof focusPath[0] === 'string' && focusPath[0] !== '' ? stepOfField(focusPath) : state.step;
  const entry: HistoryEntry = { draft: state.draft, step: step === 'review' ? state.step : step, focus };
  const past = state.past.length >= HISTORY_LIMIT ? [...state.past.slice(1 - HISTORY_LIMIT), entry] : [...state.past, entry];
  return {
    ...state,
    draft,
    past,
    future: [],
    openEdit: action.group === undefined ? null : { key: action.group, startedAt: action.at, lastAt: action.at },
    focusRequest: focusOn(state, focusAfter),
    version: state.version + 1,
  };
}

/** Moves one entry from `from` to `to`: undo (past → future) or redo (future → past). */
function travel(state: EditorState, direction: 'undo' | 'redo'): EditorState {
  const from = direction === 'undo' ? state.past : state.future;
  const target = from.at(-1);
  if (!target) return state;
  const here: HistoryEntry = { draft: state.draft, step: target.step, focus: target.focus };
  const rest = from.slice(0, -1);
  const to = [...(direction === 'undo' ? state.future : state.past), here];
  return {
    ...state,
    draft: target.draft,
    step: target.step,
    past: direction === 'undo' ? rest : to,
    future: direction === 'undo' ? to : rest,
    openEdit: null,
    focusRequest: focusOn(state, target.focus),
    version: state.version + 1,
  };
}

/** The next editor state. Pure; returns `state` itself when nothing changes. */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edit':
      return applyEdit(state, action);
    case 'undo':
    case 'redo':
      return travel(state, action.type);
    case 'setStep':
      // Moving closes the typing group: coming back and typing again is a new undo step.
      return action.step === state.step ? state : { ...state, step: action.step, openEdit: null };
    case 'focus':
      return { ...state, step: action.step ?? state.step, openEdit: null, focusRequest: focusOn(state, action.key) };
    case 'replace':
      return { ...initialEditorState(action.draft, state.step), version: state.version + 1 };
  }
}

/** Whether there is something to undo / redo. */
export const canUndo = (state: EditorState): boolean => state.past.length > 0;
export const canRedo = (state: EditorState): boolean => state.future.length > 0;
