import { useCallback, useRef, useState } from 'react';
import type { Draft } from '@shared/domain/draft-schema';
import { DraftList } from '../features/drafts/DraftList';
import { DraftEditor } from '../features/editor/DraftEditor';
import { SettingsView } from '../features/settings/SettingsView';
import { TrashView } from '../features/trash/TrashView';
import { AppHeader } from './AppHeader';
import type { Tab } from './AppNav';
import { NoticeArea } from './NoticeArea';
import { useNotices } from './use-notices';
import { useStorageNotices } from './use-storage-notices';

type View =
  | { name: Tab }
  /** `generation` grows when main replaced the draft (a version restored): the editor reopens. */
  | { name: 'editor'; draft: Draft; generation: number; historyOpen: boolean };

const NOT_SAVED = 'Bản thảo chưa lưu được nên chưa thể rời trình soạn thảo. Hãy sửa lỗi được báo rồi thử lại.';

/** The shell: header with tabs, notices, and the current screen. */
export function App() {
  const [view, setView] = useState<View>({ name: 'drafts' });
  const { notices, notify, dismiss } = useNotices();
  useStorageNotices(notify);
  const leaveGuard = useRef<(() => Promise<boolean>) | null>(null);
  const setLeaveGuard = useCallback((guard: (() => Promise<boolean>) | null) => {
    leaveGuard.current = guard;
  }, []);

  const navigate = async (tab: Tab) => {
    // Leaving the editor: store the last edits first, and stay when they cannot be stored.
    const guard = leaveGuard.current;
    if (view.name === 'editor' && guard && !(await guard())) {
      notify(NOT_SAVED);
      return;
    }
    setView({ name: tab });
  };
  const edit = (draft: Draft) => setView({ name: 'editor', draft, generation: 0, historyOpen: false });

  return (
    <div className="app">
      <AppHeader active={view.name === 'editor' ? 'drafts' : view.name} onNavigate={(tab) => void navigate(tab)} />
      <NoticeArea notices={notices} onDismiss={dismiss} />
      <main className="app-main">
        {view.name === 'drafts' ? <DraftList onEdit={edit} /> : null}
        {view.name === 'trash' ? <TrashView /> : null}
        {view.name === 'settings' ? <SettingsView /> : null}
        {view.name === 'editor' ? (
          <DraftEditor
            key={`${view.draft.meta.id}:${view.generation}`}
            initial={view.draft}
            historyOpen={view.historyOpen}
            onClose={() => setView({ name: 'drafts' })}
            onReplace={(draft) => setView({ name: 'editor', draft, generation: view.generation + 1, historyOpen: true })}
            onLeaveGuard={setLeaveGuard}
            notify={notify}
          />
        ) : null}
      </main>
    </div>
  );
}
