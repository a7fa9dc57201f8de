/**
 * The figures "Dùng cho kỳ mới" asks the clerk to review (shared/import/new-period.ts), kept in
 * the window beside the draft rather than in it (they are a reminder, not part of the report):
 * each stays highlighted in its field until the clerk touches it (features/richtext's
 * ReviewFigures), and "Đã rà soát xong" clears them all. localStorage keeps them across step
 * changes, reloads and restarts; where it is not available they live for the session only.
 *
 * They are filed by part, not by position in the draft: the opening, the closing, and each
 * section or appendix by its id, so moving, indenting or deleting sections leaves every figure
 * with its own text. Inside a part a figure's place is a path relative to the part's blocks (or,
 * for the closing, to its runs), rewritten by the field after each change.
 */
import { valueAt } from '@shared/domain/checks/draft-edit';
import type { FieldPath } from '@shared/domain/checks/types';
import type { Draft } from '@shared/domain/draft-schema';
import type { FlaggedFigure } from '@shared/import/new-period';
import type { FieldFigure } from '../richtext';

const PREFIX = 'baocao.review-figures.';
const memory = new Map<string, string>();
/** The figures of each part of one draft, as stored. */
type Stored = Record<string, FieldFigure[]>;

let chosen: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = null;

/** localStorage when it can be written (probed once), else the session's memory. */
function storage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  if (chosen) return chosen;
  try {
    const probe = `${PREFIX}probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    chosen = window.localStorage;
  } catch {
    chosen = { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
  }
  return chosen;
}

const isFigure = (value: unknown): value is FieldFigure => {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  return (
    Array.isArray(f.at) &&
    f.at.every((k) => typeof k === 'string' || typeof k === 'number') &&
    Number.isInteger(f.start) &&
    Number.isInteger(f.end) &&
    typeof f.text === 'string'
  );
};

let cache: { key: string; raw: string; parsed: Stored } | null = null;

function read(draftId: string): Stored {
  const key = PREFIX + draftId;
  const raw = storage().getItem(key);
  if (!raw) return {};
  if (cache?.key === key && cache.raw === raw) return cache.parsed;
  const parsed: Stored = {};
  try {
    const value: unknown = JSON.parse(raw);
    const parts = (value as { parts?: unknown } | null)?.parts;
    if (typeof parts === 'object' && parts !== null) {
      for (const [part, list] of Object.entries(parts)) if (Array.isArray(list)) parsed[part] = list.filter(isFigure);
    }
  } catch {
    // A damaged entry only loses the highlights.
  }
  cache = { key, raw, parsed };
  return parsed;
}

function write(draftId: string, stored: Stored): void {
  const parts = Object.fromEntries(Object.entries(stored).filter(([, list]) => list.length > 0));
  try {
    if (Object.keys(parts).length === 0) storage().removeItem(PREFIX + draftId);
    else storage().setItem(PREFIX + draftId, JSON.stringify({ parts }));
  } catch {
    // A full storage only loses the highlights; the draft is not touched.
  }
}

/**
 * The part holding the list of blocks (or the closing's runs) at `field`, and where the path
 * goes on inside it: "opening", "closing", "section:<id>", "appendix:<id>"; null elsewhere.
 */
function splitPath(draft: Draft, path: FieldPath): { part: string; rest: FieldPath } | null {
  const [head] = path;
  if (head === 'opening' || head === 'closing') return { part: head, rest: path.slice(1) };
  const blocksAt = path.indexOf('blocks');
  if (blocksAt < 2) return null;
  const id = (valueAt(draft, path.slice(0, blocksAt)) as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string') return null;
  return { part: `${path[blocksAt - 2] === 'appendices' ? 'appendix' : 'section'}:${id}`, rest: path.slice(blocksAt + 1) };
}

/** The part a field of blocks belongs to ("sections.2.blocks" → the section's id), or null. */
export function reviewPartOf(draft: Draft, field: FieldPath): string | null {
  const split = splitPath(draft, field);
  return split && split.rest.length === 0 ? split.part : null;
}

/** Records the figures "Dùng cho kỳ mới" found in `draft` (replacing earlier ones). */
export function saveReviewFigures(draft: Draft, figures: readonly FlaggedFigure[]): void {
  const stored: Stored = {};
  for (const figure of figures) {
    const split = splitPath(draft, figure.field);
    if (!split) continue;
    (stored[split.part] ??= []).push({ at: split.rest, start: figure.start, end: figure.end, text: figure.text });
  }
  write(draft.meta.id, stored);
}

/** The figures of one part of a draft still to review. */
export function partFigures(draftId: string, part: string): FieldFigure[] {
  return read(draftId)[part] ?? [];
}

/** The figures of one part left after the clerk changed its field. */
export function setPartFigures(draftId: string, part: string, figures: readonly FieldFigure[]): void {
  write(draftId, { ...read(draftId), [part]: [...figures] });
}

/** How many figures of a draft are still to review. */
export function reviewFigureCount(draftId: string): number {
  return Object.values(read(draftId)).reduce((n, list) => n + list.length, 0);
}

const clearListeners = new Map<string, Set<() => void>>();

/** "Đã rà soát xong": every figure of the draft is reviewed; the open fields drop their highlights. */
export function clearReviewFigures(draftId: string): void {
  write(draftId, {});
  for (const listener of [...(clearListeners.get(draftId) ?? [])]) listener();
}

/** Calls `listener` when the draft's figures are cleared at once; returns the unsubscribe. */
export function onReviewFiguresCleared(draftId: string, listener: () => void): () => void {
  const set = clearListeners.get(draftId) ?? new Set<() => void>();
  set.add(listener);
  clearListeners.set(draftId, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) clearListeners.delete(draftId);
  };
}
