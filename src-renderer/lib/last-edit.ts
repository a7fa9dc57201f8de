/**
 * Where the clerk was, kept in the renderer's localStorage: the draft being edited (so reopening
 * the app or reloading the page comes back to it; forgotten on going back to the list), and for
 * each draft the step and the field last edited in it (so opening it again from the list goes
 * there rather than to step 1).
 */
import { isStepId, type StepId } from '../features/editor/store/editor-state';
import { readStored as read, removeStored, writeStored as write } from './local-store';

const KEY = 'baocao.lastEdit';
const PLACES_KEY = 'baocao.draftPlaces';
/** Drafts whose place is kept; the ones opened longest ago are forgotten first. */
const MAX_PLACES = 200;

/** A place in a draft: its step, and the field key focused last there (a section's title or content). */
export interface Place {
  step: StepId;
  field: string | null;
}

export interface LastEdit extends Place {
  draftId: string;
}

function placeFrom(value: unknown): Place | null {
  if (typeof value !== 'object' || value === null) return null;
  const { step, field } = value as Partial<Record<keyof Place, unknown>>;
  if (!isStepId(step)) return null;
  return { step, field: typeof field === 'string' && field.length <= 200 ? field : null };
}

/** What was being edited last, or null. */
export function readLastEdit(): LastEdit | null {
  const value = read(KEY);
  const place = placeFrom(value);
  const draftId = (value as { draftId?: unknown } | null)?.draftId;
  return place && typeof draftId === 'string' ? { draftId, ...place } : null;
}

/** The places of the drafts, most recent last. */
function places(): [string, Place][] {
  const value = read(PLACES_KEY);
  if (!Array.isArray(value)) return [];
  const out: [string, Place][] = [];
  for (const entry of value as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
    const place = placeFrom(entry[1]);
    if (place) out.push([entry[0], place]);
  }
  return out;
}

/** Where the clerk was in this draft when it was last edited, or null (a draft never opened here). */
export function placeOf(draftId: string): Place | null {
  return places().find(([id]) => id === draftId)?.[1] ?? null;
}

/** Remembers the draft being edited and where in it. */
export function writeLastEdit(edit: LastEdit): void {
  const place: Place = { step: edit.step, field: edit.field };
  write(KEY, { draftId: edit.draftId, ...place });
  const kept = places().filter(([id]) => id !== edit.draftId);
  write(PLACES_KEY, [...kept.slice(Math.max(0, kept.length - MAX_PLACES + 1)), [edit.draftId, place]]);
}

/** Forgets the draft being edited (back on the list); its place is kept for the next opening. */
export function clearLastEdit(): void {
  removeStored(KEY);
}
