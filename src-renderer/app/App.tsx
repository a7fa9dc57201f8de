import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '@shared/api/contract';
import type { Draft } from '@shared/domain/draft-schema';
import { DraftList } from '../features/drafts/DraftList';
import { DraftEditor } from '../features/editor/DraftEditor';
import type { StepId } from '../features/editor/store/editor-state';
import { SettingsView } from '../features/settings/SettingsView';
import { TemplatesProvider } from '../features/templates/templates-context';
import { TrashView } from '../features/trash/TrashView';
import { api as defaultApi } from '../lib/api';
import { ApiProvider, useApi } from '../lib/api-context';
import { clearLastEdit, readLastEdit, writeLastEdit } from '../lib/last-edit';
import { AppHeader } from './AppHeader';
import type { Tab } from './AppNav';
import { NoticeArea } from './NoticeArea';
import { useNotices, visibleNotices, type Notify } from './use-notices';
import { useStorageNotices } from './use-storage-notices';

type View =
  | { name: Tab }
  /** Reopening the draft that was being edited when the app closed or the page reloaded. */
  | { name: 'resuming'; draftId: string; step: StepId }
  /** `generation` grows when main replaced the draft (a version restored, a newer copy loaded): the editor reopens. */
  | { name: 'editor'; draft: Draft; generation: number; historyOpen: boolean; step: StepId };

const NOT_SAVED = 'Bản thảo chưa lưu được nên chưa thể rời trình soạn thảo. Hãy sửa lỗi được báo rồi thử lại.';

/** The first screen: the draft being edited last, else the list. */
function firstView(): View {
  const last = readLastEdit();
  return last ? { name: 'resuming', draftId: last.draftId, step: last.step } : { name: 'drafts' };
}

/** Marks the page ready for the tests' readiness wait (the list does it itself on its first answer). */
const markReady = () => {
  document.documentElement.dataset.ready = 'true';
};

/** The app with its API client (the real transport unless a test passes a fake). */
export function App({ client = defaultApi }: { client?: ApiClient }) {
  return (
    <ApiProvider client={client}>
      <TemplatesProvider>
        <Shell />
      </TemplatesProvider>
    </ApiProvider>
  );
}

/** The shell: header with tabs, notices, and the current screen. */
function Shell() {
  const api = useApi();
  const [view, setView] = useState<View>(firstView);
  const { notices, notify, notifyIn, dismiss, dropScope, moveScope } = useNotices();
  useStorageNotices(notify);
  const leaveGuard = useRef<(() => Promise<boolean>) | null>(null);
  const setLeaveGuard = useCallback((guard: (() => Promise<boolean>) | null) => {
    leaveGuard.current = guard;
  }, []);
  const openDraftId = view.name === 'editor' ? view.draft.meta.id : null;

  const resumeId = view.name === 'resuming' ? view.draftId : null;
  const resumeStep = view.name === 'resuming' ? view.step : null;
  useEffect(() => {
    if (resumeId === null || resumeStep === null) return;
    let cancelled = false;
    void api.getDraft({ id: resumeId }).then((result) => {
      if (cancelled) return;
      if (result.ok) setView({ name: 'editor', draft: result.value, generation: 0, historyOpen: false, step: resumeStep });
      else {
        clearLastEdit();
        if (result.error.code !== 'NOT_FOUND') notify(`Chưa mở lại được báo cáo đang soạn: ${result.error.message}`);
        setView({ name: 'drafts' });
      }
      markReady();
    });
    return () => {
      cancelled = true;
    };
  }, [api, notify, resumeId, resumeStep]);

  const leaveEditor = (draftId: string) => {
    dropScope(draftId);
    clearLastEdit();
  };
  const navigate = async (tab: Tab) => {
    // Leaving the editor: store the last edits first, and stay when they cannot be stored.
    const guard = leaveGuard.current;
    if (view.name === 'editor' && guard && !(await guard())) {
      notifyIn(view.draft.meta.id, NOT_SAVED);
      return;
    }
    if (view.name === 'editor') leaveEditor(view.draft.meta.id);
    setView({ name: tab });
  };
  const edit = (draft: Draft) => setView({ name: 'editor', draft, generation: 0, historyOpen: false, step: 'header' });
  const draftNotify = useCallback<Notify>((text, kind) => notifyIn(openDraftId ?? undefined, text, kind), [notifyIn, openDraftId]);

  return (
    <div className="app">
      <AppHeader active={view.name === 'editor' || view.name === 'resuming' ? 'drafts' : view.name} onNavigate={(tab) => void navigate(tab)} />
      <NoticeArea notices={visibleNotices(notices, openDraftId)} onDismiss={dismiss} />
      <main className="app-main">
        {view.name === 'resuming' ? (
          <p className="muted" data-testid="resuming">
            Đang mở lại báo cáo đang soạn…
          </p>
        ) : null}
        {view.name === 'drafts' ? <DraftList onEdit={edit} /> : null}
        {view.name === 'trash' ? <TrashView /> : null}
        {view.name === 'settings' ? <SettingsView /> : null}
        {view.name === 'editor' ? (
          <DraftEditor
            key={`${view.draft.meta.id}:${view.generation}`}
            initial={view.draft}
            initialStep={view.step}
            historyOpen={view.historyOpen}
            onClose={() => {
              leaveEditor(view.draft.meta.id);
              setView({ name: 'drafts' });
            }}
            onReplace={(draft, options) => {
              // A copy kept after a conflict: what was said in this editor goes on with it.
              if (draft.meta.id !== view.draft.meta.id) moveScope(view.draft.meta.id, draft.meta.id);
              setView({ name: 'editor', draft, generation: view.generation + 1, historyOpen: options?.historyOpen ?? false, step: view.step });
            }}
            onStep={(step) => {
              writeLastEdit({ draftId: view.draft.meta.id, step });
              // Kept in the view too, so a reopened editor (a restored version) stays on the step.
              if (step !== view.step) setView({ ...view, step });
            }}
            onLeaveGuard={setLeaveGuard}
            onOpenSettings={() => void navigate('settings')}
            notify={draftNotify}
          />
        ) : null}
      </main>
    </div>
  );
}
