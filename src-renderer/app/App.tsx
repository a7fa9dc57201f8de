import { useState } from 'react';
import type { Draft } from '@shared/domain/draft-schema';
import { DraftList } from '../features/drafts/DraftList';
import { DraftEditor } from '../features/editor/DraftEditor';
import { AppHeader } from './AppHeader';
import { NoticeArea } from './NoticeArea';
import { useNotices } from './use-notices';
import { useStorageNotices } from './use-storage-notices';

type View = { name: 'list' } | { name: 'editor'; draft: Draft };

/** The shell: header, notices, and either the draft list or the editor. */
export function App() {
  const [view, setView] = useState<View>({ name: 'list' });
  const { notices, notify, dismiss } = useNotices();
  useStorageNotices(notify);
  return (
    <div className="app">
      <AppHeader />
      <NoticeArea notices={notices} onDismiss={dismiss} />
      <main className="app-main">
        {view.name === 'list' ? (
          <DraftList onEdit={(draft) => setView({ name: 'editor', draft })} notify={notify} />
        ) : (
          <DraftEditor
            key={view.draft.meta.id}
            initial={view.draft}
            onClose={() => setView({ name: 'list' })}
            notify={notify}
          />
        )}
      </main>
    </div>
  );
}
