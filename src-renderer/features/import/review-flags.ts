/**
 * The figures "Dùng cho kỳ mới" asks the clerk to review (shared/import/new-period.ts), kept in
 * the window beside the draft rather than in the draft: a figure stays flagged until the text
 * run holding it is touched. localStorage keeps them across reloads; where it is not available
 * they live for the session only.
 */
import type { FieldPath } from '@shared/domain/checks/types';
import type { FlaggedFigure } from '@shared/import/new-period';

const PREFIX = 'baocao.review-figures.';
const memory = new Map<string, string>();

function storage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    const probe = `${PREFIX}probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
  }
}

/** Records the figures of a draft (replacing earlier ones). */
export function saveReviewFigures(draftId: string, figures: readonly FlaggedFigure[]): void {
  if (figures.length === 0) storage().removeItem(PREFIX + draftId);
  else storage().setItem(PREFIX + draftId, JSON.stringify(figures));
}

/** The figures of a draft still to review. */
export function reviewFigures(draftId: string): FlaggedFigure[] {
  try {
    const raw = storage().getItem(PREFIX + draftId);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as FlaggedFigure[]) : [];
  } catch {
    return [];
  }
}

const startsWith = (path: FieldPath, prefix: FieldPath) => prefix.every((key, i) => path[i] === key);

/** The figures of the text at `field` (a text run) or below it. */
export function figuresAt(draftId: string, field: FieldPath): FlaggedFigure[] {
  return reviewFigures(draftId).filter((f) => startsWith(f.field, field));
}

/** The clerk touched the text at `field`: its figures are no longer flagged. Returns how many are left. */
export function touchReviewFigures(draftId: string, field: FieldPath): number {
  const left = reviewFigures(draftId).filter((f) => !startsWith(f.field, field));
  saveReviewFigures(draftId, left);
  return left.length;
}
