/** Autosave for the draft being edited, wired to the page lifecycle and the quit handshake. */
import { useCallback, useEffect, useState } from 'react';
import type { Draft } from '@shared/domain/draft-schema';
import { api } from '../../lib/api';
import { toNfc } from '../../lib/nfc';
import { registerFlusher } from '../../lib/pending-save';
import { SaveController, type SaveStatus } from './save-controller';

function createController(
  initial: Draft,
  onStatus: (status: SaveStatus) => void,
  onSaved: (updatedAt: string) => void,
): SaveController<Draft> {
  let updatedAt = initial.meta.updatedAt;
  return new SaveController<Draft>(initial, {
    save: async (draft) => {
      // expectedUpdatedAt: main refuses (CONFLICT) rather than overwrite a copy saved elsewhere meanwhile.
      const result = await api.saveDraft({ draft: toNfc({ ...draft, meta: { ...draft.meta, updatedAt } }), expectedUpdatedAt: updatedAt });
      if (result.ok) {
        updatedAt = result.value.updatedAt;
        onSaved(updatedAt);
      }
      return result;
    },
    onStatus,
  });
}

/**
 * Saves `draft` as it changes; returns the save status, when it was last stored (main's
 * updatedAt) and a flush that resolves true once the latest edits are stored.
 */
export function useAutosave(draft: Draft): { status: SaveStatus; savedAt: string; flush: () => Promise<boolean> } {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const [savedAt, setSavedAt] = useState(draft.meta.updatedAt);
  const [controller] = useState(() => createController(draft, setStatus, setSavedAt));

  useEffect(() => {
    controller.change(draft);
  }, [controller, draft]);

  useEffect(() => {
    document.documentElement.dataset.saveState = status.state;
  }, [status.state]);

  useEffect(() => {
    const flush = () => controller.flush();
    const unregister = registerFlusher(flush);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    // Best effort: the page may be gone before the save answers; main's quit handshake is the sure path.
    const onBeforeUnload = () => void flush();
    // Clerks press Ctrl+S out of habit: save at once instead of opening the browser's "save page".
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void flush();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unregister();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('keydown', onKeyDown);
      // Leaving the editor must not drop the last edits: save them rather than cancel the timers.
      void flush();
      delete document.documentElement.dataset.saveState;
    };
  }, [controller]);

  const flush = useCallback(() => controller.flush(), [controller]);
  return { status, savedAt, flush };
}
