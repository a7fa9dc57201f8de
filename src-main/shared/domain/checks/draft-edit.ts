/** Pure edits at a path of a draft, for the fixes: copy along the path, share everything else. */
import type { Draft } from '../draft-schema';
import type { FieldPath, TextItem } from './types';

/** The value at `path`, or undefined when the path does not exist (any more). */
export function valueAt(root: unknown, path: FieldPath): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

function replaceAt(at: unknown, path: FieldPath, index: number, fn: (value: unknown) => unknown): unknown {
  if (index === path.length) return fn(at);
  if (at === null || typeof at !== 'object') return at;
  const key = path[index] as string | number;
  const current = (at as Record<string | number, unknown>)[key];
  if (current === undefined) return at;
  const next = replaceAt(current, path, index + 1, fn);
  if (next === current) return at;
  if (Array.isArray(at)) {
    const copy = [...at];
    copy[key as number] = next;
    return copy;
  }
  return { ...(at as Record<string, unknown>), [key]: next };
}

/** The draft with the value at `path` replaced by `fn(value)`; the same draft when nothing changes. */
export function updateAt(draft: Draft, path: FieldPath, fn: (value: unknown) => unknown): Draft {
  return replaceAt(draft, path, 0, fn) as Draft;
}

/** The draft with the string at `path` mapped by `fn`; unchanged when there is no string there. */
export function mapStringAt(draft: Draft, path: FieldPath, fn: (text: string) => string): Draft {
  return updateAt(draft, path, (value) => (typeof value === 'string' ? fn(value) : value));
}

/** The draft with the array at `path` mapped by `fn`; unchanged when there is no array there. */
export function mapListAt<T>(draft: Draft, path: FieldPath, fn: (list: readonly T[]) => T[]): Draft {
  return updateAt(draft, path, (value) => (Array.isArray(value) ? fn(value as T[]) : value));
}

/**
 * The draft with every string of a text item mapped by `fn`, or the same draft when any of them
 * changed since the check (the finding is stale: the fix must not touch what it did not see).
 */
export function mapItemText(draft: Draft, item: Pick<TextItem, 'parts' | 'partTexts'>, fn: (text: string) => string): Draft {
  if (item.parts.some((path, i) => valueAt(draft, path) !== item.partTexts[i])) return draft;
  return item.parts.reduce((d, path) => mapStringAt(d, path, fn), draft);
}
