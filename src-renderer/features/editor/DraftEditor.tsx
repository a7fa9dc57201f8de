import { useCallback, useEffect, useState } from 'react';
import type { Revision } from '@shared/api/contract';
import type { Draft } from '@shared/domain/draft-schema';
import type { Notify } from '../../app/use-notices';
import { markReviewed, needsReview } from '../../lib/review';
import { HistoryPanel } from '../history/HistoryPanel';
import { PreviewPanel } from '../preview/PreviewPanel';
import { AppendicesPanel } from './AppendicesPanel';
import { ClosingPanel } from './ClosingPanel';
import { DrafterPanel } from './DrafterPanel';
import { EditorToolbar } from './EditorToolbar';
import { ExportStatus } from './ExportStatus';
import { GeneralPanel } from './GeneralPanel';
import { KinhGuiPanel } from './KinhGuiPanel';
import { MarksPanel } from './MarksPanel';
import { NoiNhanPanel } from './NoiNhanPanel';
import { OpeningPanel } from './OpeningPanel';
import { ProfileFillBar } from './ProfileFillBar';
import { ReviewNotice } from './ReviewNotice';
import { SectionsPanel } from './SectionsPanel';
import { SignerPanel } from './SignerPanel';
import { TitlePanel } from './TitlePanel';
import type { UpdateDraft } from './types';
import { useAutosave } from './use-autosave';
import { useExport } from './use-export';

interface DraftEditorProps {
  initial: Draft;
  /** Opens with "Lịch sử phiên bản" shown (after a version was restored). */
  historyOpen?: boolean;
  /** Called once the latest edits are stored. */
  onClose: () => void;
  /** Main now stores `draft` (a version was restored): the editor reopens on it. */
  onReplace: (draft: Draft) => void;
  /** Lets the shell save pending edits before it switches screens; null when the editor closes. */
  onLeaveGuard: (guard: (() => Promise<boolean>) | null) => void;
  notify: Notify;
}

const NOT_SAVED = 'Bản thảo chưa lưu được nên chưa thể đóng. Hãy sửa lỗi được báo rồi thử lại.';

/** The form editor for one draft: every field of the model, autosaved, with its history. */
export function DraftEditor({ initial, historyOpen = false, onClose, onReplace, onLeaveGuard, notify }: DraftEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [showHistory, setShowHistory] = useState(historyOpen);
  const update = useCallback<UpdateDraft>((edit) => setDraft(edit), []);
  const { status, savedAt, flush } = useAutosave(draft);
  const exporter = useExport(draft.meta.id, flush);

  useEffect(() => {
    onLeaveGuard(flush);
    return () => onLeaveGuard(null);
  }, [flush, onLeaveGuard]);

  const back = async () => {
    if (await flush()) onClose();
    else notify(NOT_SAVED);
  };
  const restored = (next: Draft, revision: Revision) => {
    notify(
      `Đã khôi phục phiên bản #${revision.revision}. Nội dung trước khi khôi phục đã được lưu thành một phiên bản, nên có thể hoàn tác trong “Lịch sử phiên bản”.`,
      'info',
    );
    onReplace(next);
  };

  const panel = { draft, update };
  return (
    <div className="editor" data-testid="editor">
      <EditorToolbar
        title={draft.title}
        status={status}
        exporting={exporter.busy}
        historyOpen={showHistory}
        onBack={() => void back()}
        onToggleHistory={() => setShowHistory((open) => !open)}
        onExport={() => void exporter.run()}
      />
      <ExportStatus outcome={exporter.outcome} onDismiss={exporter.dismiss} />
      {needsReview(draft) ? <ReviewNotice onReviewed={() => update(markReviewed)} /> : null}
      <div className="editor-body">
        <div className="editor-form">
          <ProfileFillBar update={update} notify={notify} />
          <GeneralPanel {...panel} />
          <MarksPanel {...panel} />
          <TitlePanel {...panel} />
          <KinhGuiPanel {...panel} />
          <OpeningPanel {...panel} />
          <SectionsPanel {...panel} />
          <ClosingPanel {...panel} />
          <NoiNhanPanel {...panel} />
          <SignerPanel {...panel} />
          <DrafterPanel {...panel} />
          <AppendicesPanel {...panel} />
        </div>
        {showHistory ? (
          <HistoryPanel draftId={draft.meta.id} savedAt={savedAt} flush={flush} onRestored={restored} onClose={() => setShowHistory(false)} />
        ) : (
          <PreviewPanel draft={draft} />
        )}
      </div>
    </div>
  );
}
