/** A registry of unsaved work, so quit, reload and export can wait for the last save. */

type Flusher = () => Promise<boolean>;

const flushers = new Set<Flusher>();

/** Registers a function that saves pending work; returns the unregister function. */
export function registerFlusher(flusher: Flusher): () => void {
  flushers.add(flusher);
  return () => {
    flushers.delete(flusher);
  };
}

/** Saves everything pending now; resolves when every save settled (failures stay visible in the UI). */
export async function flushPendingSave(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush().catch(() => false)));
}
