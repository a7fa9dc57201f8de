/**
 * Autosave of the draft in the editor's store, wired to the page lifecycle and the quit handshake.
 * When another window (or the CLI) saved the draft meanwhile, main refuses the save (CONFLICT):
 * nothing is overwritten, the edits stay on screen, and `conflict` says when the other copy was
 * stored so the clerk can choose what to keep.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/errors';
import type { Draft } from '@shared/domain/draft-schema';
import { formatUpdatedAt } from '../../lib/format';
import { toNfc } from '../../lib/nfc';
import { registerFlusher } from '../../lib/pending-save';
import { SaveController, type SaveStatus } from './save-controller';
import type { EditorStore } from './store/store';

/** Another copy was stored after the one being edited. */
export interface SaveConflict {
  /** When the other copy was stored (ISO, from main); null when it could not be read. */
  storedAt: string | null;
}

const conflictMessage = (storedAt: string | null) =>
  `Bản thảo đã được lưu ở nơi khác${storedAt ? ` lúc ${formatUpdatedAt(storedAt)}` : ''}; chưa lưu đè lên bản đó.`;

interface AutosaveOptions {
  onConflict: (conflict: SaveConflict) => void;
}

function createController(api: ApiClient, initial: Draft, onStatus: (status: SaveStatus) => void, onSaved: (updatedAt: string) => void, options: AutosaveOptions) {
  let updatedAt = initial.meta.updatedAt;
  let conflict: ApiResult<unknown> | null = null;
  return new SaveController<Draft>(initial, {
    save: async (draft) => {
      // Once refused, retrying cannot succeed: the clerk chooses in the conflict banner.
      if (conflict) return conflict;
      // expectedUpdatedAt: main refuses (CONFLICT) rather than overwrite a copy saved elsewhere meanwhile.
      const result = await api.saveDraft({ draft: toNfc({ ...draft, meta: { ...draft.meta, updatedAt } }), expectedUpdatedAt: updatedAt });
      if (result.ok) {
        updatedAt = result.value.updatedAt;
        onSaved(updatedAt);
        return result;
      }
      if (result.error.code !== 'CONFLICT') return result;
      const stored = await api.getDraft({ id: draft.meta.id });
      const storedAt = stored.ok ? stored.value.meta.updatedAt : null;
      conflict = { ok: false, error: { code: 'CONFLICT', message: conflictMessage(storedAt) } };
      options.onConflict({ storedAt });
      return conflict;
    },
    onStatus,
  });
}

/**
 * Saves the store's draft as it changes; returns the save status, when it was last stored (main's
 * updatedAt) and a flush that resolves true once the latest edits are stored.
 */
export function useAutosave(store: EditorStore, api: ApiClient, options: AutosaveOptions): { status: SaveStatus; savedAt: string; flush: () => Promise<boolean> } {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const [savedAt, setSavedAt] = useState(store.getState().draft.meta.updatedAt);
  // The controller reports "dirty" on every keystroke: only a real change may re-render the editor.
  const [controller] = useState(() =>
    createController(
      api,
      store.getState().draft,
      (next) => setStatus((current) => (current.state === next.state && current.message === next.message ? current : next)),
      setSavedAt,
      options,
    ),
  );

  useEffect(() => store.subscribe(() => controller.change(store.getState().draft)), [controller, store]);

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
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      unregister();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving the editor must not drop the last edits: save them rather than cancel the timers.
      void flush();
      controller.dispose();
      delete document.documentElement.dataset.saveState;
    };
  }, [controller]);

  const flush = useCallback(() => controller.flush(), [controller]);
  return { status, savedAt, flush };
}
