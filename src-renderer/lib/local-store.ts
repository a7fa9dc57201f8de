/**
 * The renderer's localStorage for what is only about this window's view (where the clerk was,
 * whether the preview is shown): never a draft. Storage can be switched off or full; reading
 * then finds nothing and writing loses only the preference.
 */

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The JSON value kept under `key`, or null (nothing kept, unreadable, or no storage). */
export function readStored(key: string): unknown {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** Keeps `value` as JSON under `key`, if storage takes it. */
export function writeStored(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // A full or blocked storage only loses the preference; editing goes on.
  }
}

/** Forgets what is kept under `key`. */
export function removeStored(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // As above.
  }
}
