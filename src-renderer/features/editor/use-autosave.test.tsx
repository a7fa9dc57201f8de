// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '@shared/api/contract';
import { newDraft } from '@shared/domain/new-draft';
import { initialEditorState } from './store/editor-state';
import { createEditorStore, type EditorStore } from './store/store';
import { fakeApi } from './test-kit';
import { useAutosave, type SaveConflict } from './use-autosave';

const draft = newDraft({ id: 'draft-autosave', now: '2025-03-01T08:00:00.000Z' });
const OTHER_SAVE = '2025-03-01T09:42:05.000Z';

function mount(api: ApiClient, store: EditorStore, onConflict: (c: SaveConflict) => void) {
  let result: ReturnType<typeof useAutosave> | null = null;
  const Probe = () => {
    result = useAutosave(store, api, { onConflict });
    return <span data-testid="status">{result.status.state === 'error' ? result.status.message : result.status.state}</span>;
  };
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => root.render(<Probe />));
  return { container, flush: () => (result as unknown as ReturnType<typeof useAutosave>).flush(), unmount: () => act(() => root.unmount()) };
}

describe('useAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves what the store holds, 800 ms after the last edit', async () => {
    const api = fakeApi({ saveDraft: async () => ({ ok: true, value: { updatedAt: '2025-03-01T08:00:01.000Z' } }) });
    const store = createEditorStore(initialEditorState(draft));
    const m = mount(api, store, () => {});
    act(() => store.dispatch({ type: 'edit', edit: (d) => ({ ...d, title: 'Báo cáo' }), at: 0, group: 'title' }));
    await act(() => vi.advanceTimersByTimeAsync(799));
    expect(api.calls.filter((c) => c.method === 'saveDraft')).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(1));
    const saves = api.calls.filter((c) => c.method === 'saveDraft');
    expect(saves).toHaveLength(1);
    expect((saves[0]?.args as { draft: { title: string } }).draft.title).toBe('Báo cáo');
    m.unmount();
  });

  it('a refused save (saved elsewhere) reports when, in local time, and stops overwriting attempts', async () => {
    const api = fakeApi({
      saveDraft: async () => ({ ok: false, error: { code: 'CONFLICT', message: `… lúc ${OTHER_SAVE} …` } }),
      getDraft: async () => ({ ok: true, value: { ...draft, meta: { ...draft.meta, updatedAt: OTHER_SAVE } } }),
    });
    const store = createEditorStore(initialEditorState(draft));
    const conflicts: SaveConflict[] = [];
    const m = mount(api, store, (c) => conflicts.push(c));
    act(() => store.dispatch({ type: 'edit', edit: (d) => ({ ...d, title: 'Của tôi' }), at: 0 }));
    await act(async () => {
      expect(await m.flush()).toBe(false);
    });
    expect(conflicts).toEqual([{ storedAt: OTHER_SAVE }]);
    const shown = m.container.textContent ?? '';
    expect(shown).not.toContain(OTHER_SAVE);
    expect(shown).toMatch(/lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    // Later edits are not sent: main would refuse them too, and the clerk is choosing.
    act(() => store.dispatch({ type: 'edit', edit: (d) => ({ ...d, title: 'Của tôi nữa' }), at: 1 }));
    await act(() => vi.advanceTimersByTimeAsync(6000));
    expect(api.calls.filter((c) => c.method === 'saveDraft')).toHaveLength(1);
    expect(store.getState().draft.title).toBe('Của tôi nữa');
    m.unmount();
  });
});
