import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '@shared/api/contract';
import type { Draft } from '@shared/domain/draft-schema';
import { DraftList } from '../features/drafts/DraftList';
import { DraftEditor } from '../features/editor/DraftEditor';
import { isStepId, type StepId } from '../features/editor/store/editor-state';
import { DocxImportHost } from '../features/import/DocxImportHost';
import { SettingsView } from '../features/settings/SettingsView';
import { TemplatesProvider } from '../features/templates/templates-context';
import { TrashView } from '../features/trash/TrashView';
import { api as defaultApi } from '../lib/api';
import { ApiProvider, useApi } from '../lib/api-context';
import { clearLastEdit, placeOf, readLastEdit, writeLastEdit, type Place } from '../lib/last-edit';
import { AppHeader } from './AppHeader';
import type { Tab } from './AppNav';
import { NoticeArea } from './NoticeArea';
import { useNotices, visibleNotices, type Notify } from './use-notices';
import { useStorageNotices } from './use-storage-notices';

type View =
  | { name: Tab }
  /** Reopening the draft that was being edited when the app closed or the page reloaded. */
  | { name: 'resuming'; draftId: string; place: Place }
  /**
   * `generation` grows when main replaced the draft (a version restored, a newer copy loaded): the
   * editor reopens. `focus`: the field to focus on opening (where the clerk left the draft).
   */
  | { name: 'editor'; draft: Draft; generation: number; historyOpen: boolean; step: StepId; focus: string | null };

const NOT_SAVED = 'Bản thảo chưa lưu được nên chưa thể rời trình soạn thảo. Hãy sửa lỗi được báo rồi thử lại.';

/** The first screen: the draft being edited last, else the list. */
function firstView(): View {
  const last = readLastEdit();
  return last ? { name: 'resuming', draftId: last.draftId, place: last } : { name: 'drafts' };
}

/** The editor on `draft` where the clerk last left it (its step and field), else on step 1; a reload resumes there too. */
function editorView(draft: Draft, place = placeOf(draft.meta.id)): View {
  return { name: 'editor', draft, generation: 0, historyOpen: false, step: place?.step ?? 'header', focus: place?.field ?? null };
}

/** Remembers the step shown in a draft; the field focused last is kept while the step is the same. */
function rememberStep(draftId: string, step: StepId): void {
  const place = placeOf(draftId);
  writeLastEdit({ draftId, step, field: place?.step === step ? place.field : null });
}

/** Remembers the field a focus went to, when it is a field of the step screen shown. */
function rememberFocus(draftId: string, target: EventTarget | null): void {
  if (!(target instanceof Element)) return;
  const screen = target.closest<HTMLElement>('.guide-step[data-step]');
  const anchor = target.closest<HTMLElement>('[data-field]');
  const step = screen?.dataset.step;
  const field = anchor?.dataset.field;
  if (!screen || !anchor || !screen.contains(anchor) || !isStepId(step) || !field) return;
  writeLastEdit({ draftId, step, field });
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

  // Where the clerk is in the open draft, for the next time it is opened.
  useEffect(() => {
    if (openDraftId === null) return;
    const onFocus = (event: FocusEvent) => rememberFocus(openDraftId, event.target);
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [openDraftId]);

  const resumeId = view.name === 'resuming' ? view.draftId : null;
  const resumePlace = view.name === 'resuming' ? view.place : null;
  useEffect(() => {
    if (resumeId === null || resumePlace === null) return;
    let cancelled = false;
    void api.getDraft({ id: resumeId }).then((result) => {
      if (cancelled) return;
      if (result.ok) setView(editorView(result.value, resumePlace));
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
  }, [api, notify, resumeId, resumePlace]);

  const leaveEditor = (draftId: string) => {
    dropScope(draftId);
    clearLastEdit();
  };
  /** Leaves the editor for `next`: the last edits are stored first, and it stays when they cannot be. */
  const leaveFor = async (next: View) => {
    const guard = leaveGuard.current;
    if (view.name === 'editor' && guard && !(await guard())) {
      notifyIn(view.draft.meta.id, NOT_SAVED);
      return;
    }
    if (view.name === 'editor') leaveEditor(view.draft.meta.id);
    setView(next);
  };
  const navigate = (tab: Tab) => leaveFor({ name: tab });
  const edit = (draft: Draft) => void leaveFor(editorView(draft));
  const draftNotify = useCallback<Notify>((text, kind) => notifyIn(openDraftId ?? undefined, text, kind), [notifyIn, openDraftId]);

  return (
    <DocxImportHost onOpen={edit}>
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
              initialFocus={view.focus}
              historyOpen={view.historyOpen}
              onClose={() => {
                leaveEditor(view.draft.meta.id);
                setView({ name: 'drafts' });
              }}
              onReplace={(draft, options) => {
                // A copy kept after a conflict: what was said in this editor goes on with it.
                if (draft.meta.id !== view.draft.meta.id) moveScope(view.draft.meta.id, draft.meta.id);
                setView({ name: 'editor', draft, generation: view.generation + 1, historyOpen: options?.historyOpen ?? false, step: view.step, focus: null });
              }}
              onStep={(step) => {
                rememberStep(view.draft.meta.id, step);
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
    </DocxImportHost>
  );
}
