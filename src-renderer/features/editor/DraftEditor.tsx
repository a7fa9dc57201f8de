import { useCallback, useEffect, useRef, useState } from 'react';
import type { Revision } from '@shared/api/contract';
import type { Draft } from '@shared/domain/draft-schema';
import type { Notify } from '../../app/use-notices';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { StatusBanner, type StatusMessage } from '../../components/StatusBanner';
import { useApi } from '../../lib/api-context';
import { formatTimeWithSeconds } from '../../lib/format';
import { toNfc } from '../../lib/nfc';
import { usePreviewShown } from '../../lib/preview-shown';
import { checkNow, FindingsProvider } from '../checks/use-findings';
import { GuideRail } from '../guide/GuideRail';
import { ShortcutsDialog } from '../guide/ShortcutsDialog';
import { StepScreen } from '../guide/StepScreen';
import { useGuideShortcuts } from '../guide/use-guide-shortcuts';
import { HistoryPanel } from '../history/HistoryPanel';
import { ConflictBanner } from './ConflictBanner';
import { ExportStatus } from './ExportStatus';
import { OutputChannelProvider, OutputHost, type Guard } from './output-host';
import { PreviewHost } from './PreviewHost';
import { ReviewNotice } from './ReviewNotice';
import { EditorStoreProvider } from './store/context';
import { initialEditorState, type StepId } from './store/editor-state';
import { createEditorStore, type EditorStore } from './store/store';
import { UndoToastProvider } from './undo-toast';
import { useAutosave, type SaveConflict } from './use-autosave';
import { useExport } from './use-export';
import './guide.css';

interface DraftEditorProps {
  initial: Draft;
  /** The step to open on (the one being edited before a reload). */
  initialStep?: StepId;
  /** The field key to focus on opening (the one edited last in this draft). */
  initialFocus?: string | null;
  /** Opens with "Lịch sử phiên bản" shown (after a version was restored). */
  historyOpen?: boolean;
  /** Called once the latest edits are stored. */
  onClose: () => void;
  /** Main now stores `draft` (a version restored, a newer copy loaded, a copy kept): the editor reopens on it. */
  onReplace: (draft: Draft, options?: { historyOpen?: boolean }) => void;
  /** Lets the shell save pending edits before it switches screens; null when the editor closes. */
  onLeaveGuard: (guard: (() => Promise<boolean>) | null) => void;
  /** The step shown changed (the shell remembers it across reloads). */
  onStep?: (step: StepId) => void;
  /** Opens "Cài đặt" (agency profiles). */
  onOpenSettings?: () => void;
  notify: Notify;
}

const NOT_SAVED = 'Bản thảo chưa lưu được nên chưa thể đóng. Hãy sửa lỗi được báo rồi thử lại.';
const ACTION_LABEL = { export: 'Vẫn xuất', finish: 'Vẫn đánh dấu' } as const;

interface Question {
  text: string;
  confirmLabel: string;
  run: () => void;
}

/** The guided editor of one draft: the steps, the page beside them, autosave, history and checks. */
export function DraftEditor(props: DraftEditorProps) {
  const [store] = useState<EditorStore>(() => createEditorStore(initialEditorState(props.initial, props.initialStep, props.initialFocus)));
  return (
    <EditorStoreProvider store={store}>
      <FindingsProvider>
        <UndoToastProvider>
          <EditorShell {...props} store={store} />
        </UndoToastProvider>
      </FindingsProvider>
    </EditorStoreProvider>
  );
}

function EditorShell({ store, historyOpen = false, onClose, onReplace, onLeaveGuard, onStep, onOpenSettings, notify }: DraftEditorProps & { store: EditorStore }) {
  const api = useApi();
  const draftId = store.getState().draft.meta.id;
  const [showHistory, setShowHistory] = useState(historyOpen);
  const [previewWanted, setPreviewWanted] = usePreviewShown();
  const previewShown = previewWanted && !showHistory;
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [conflictBusy, setConflictBusy] = useState(false);
  const [question, setQuestion] = useState<Question | null>(null);
  const [revisionStatus, setRevisionStatus] = useState<StatusMessage | null>(null);
  const [revisions, setRevisions] = useState(0);
  const formRef = useRef<HTMLDivElement>(null);
  const { status, savedAt, flush } = useAutosave(store, api, { onConflict: setConflict });
  const exporter = useExport(draftId, flush);

  useEffect(() => {
    onLeaveGuard(flush);
    return () => onLeaveGuard(null);
  }, [flush, onLeaveGuard]);

  // The shell keeps the step across reloads.
  const stepListener = useRef(onStep);
  useEffect(() => {
    stepListener.current = onStep;
  });
  useEffect(() => {
    let last = store.getState().step;
    stepListener.current?.(last);
    return store.subscribe(() => {
      const { step } = store.getState();
      if (step !== last) {
        last = step;
        stepListener.current?.(step);
      }
    });
  }, [store]);

  /** Runs `run` at once, or after asking when the checks still find problems (never refuses). */
  const guard = useCallback<Guard>(
    (action, run) => {
      const summary = checkNow(store.getState().draft);
      if (!summary.confirm) return run();
      setQuestion({ text: summary.confirm[action], confirmLabel: ACTION_LABEL[action], run });
    },
    [store],
  );

  const saveRevision = useCallback(async () => {
    setRevisionStatus(null);
    if (!(await flush())) return setRevisionStatus({ kind: 'error', text: 'Bản thảo chưa lưu được nên chưa giữ được phiên bản. Hãy sửa lỗi lưu rồi thử lại.' });
    const result = await api.saveRevision({ id: draftId });
    if (!result.ok) return setRevisionStatus({ kind: 'error', text: result.error.message });
    setRevisions((n) => n + 1);
    setRevisionStatus({ kind: 'ok', text: `Đã lưu và giữ phiên bản #${result.value.revision} lúc ${formatTimeWithSeconds(result.value.createdAt)}.` });
  }, [api, draftId, flush]);
  useGuideShortcuts(store, { saveRevision: () => void saveRevision(), exportDocx: () => guard('export', () => void exporter.run()) });

  const back = async () => {
    if (await flush()) onClose();
    else notify(NOT_SAVED);
  };
  const restored = (next: Draft, revision: Revision) => {
    notify(
      `Đã khôi phục phiên bản #${revision.revision}. Nội dung trước khi khôi phục đã được lưu thành một phiên bản, nên có thể hoàn tác trong “Lịch sử phiên bản”.`,
      'info',
    );
    onReplace(next, { historyOpen: true });
  };
  const reloadNewer = async () => {
    setConflictBusy(true);
    const stored = await api.getDraft({ id: draftId });
    setConflictBusy(false);
    if (!stored.ok) return notify(stored.error.message);
    notify(`Đã tải bản lưu lúc ${formatTimeWithSeconds(stored.value.meta.updatedAt)} từ cửa sổ khác.`, 'info');
    onReplace(stored.value);
  };
  const keepCopy = async () => {
    setConflictBusy(true);
    try {
      const mine = toNfc(store.getState().draft);
      const imported = await api.importDrafts({ fileName: 'ban-cua-toi.json', content: JSON.stringify(mine) });
      const copy = imported.ok ? imported.value.imported[0] : undefined;
      if (!copy) return notify(imported.ok ? 'Chưa lưu được bản sao.' : imported.error.message);
      const opened = await api.getDraft({ id: copy.id });
      if (!opened.ok) return notify(opened.error.message);
      notify('Đã lưu nội dung của bạn thành một báo cáo mới (đang mở). Bản lưu ở cửa sổ kia vẫn giữ nguyên trong danh sách.', 'info');
      onReplace(opened.value);
    } finally {
      setConflictBusy(false);
    }
  };

  return (
    <div className="editor guide" data-testid="editor">
      <OutputChannelProvider>
        <OutputHost
          flush={flush}
          guard={guard}
          status={status}
          exporter={exporter}
          historyOpen={showHistory}
          previewShown={previewShown}
          onBack={() => void back()}
          onToggleHistory={() => setShowHistory((open) => !open)}
          onTogglePreview={() => {
            // With the history open, the button brings the preview back in its place.
            setPreviewWanted(!previewShown);
            setShowHistory(false);
          }}
        />
        <ExportStatus outcome={exporter.outcome} onDismiss={exporter.dismiss} />
        <StatusBanner status={revisionStatus} onDismiss={() => setRevisionStatus(null)} testId="revision-status" />
        {conflict ? <ConflictBanner conflict={conflict} busy={conflictBusy} onReload={() => void reloadNewer()} onKeepCopy={() => void keepCopy()} /> : null}
        <ReviewNotice />
        <div className={showHistory || previewShown ? 'guide-body' : 'guide-body guide-body-wide'}>
          <GuideRail onShortcuts={() => setShowShortcuts(true)} />
          <StepScreen formRef={formRef} notify={notify} onOpenSettings={onOpenSettings} guard={guard} />
          {showHistory ? (
            <HistoryPanel draftId={draftId} savedAt={`${savedAt}#${revisions}`} flush={flush} onRestored={restored} onClose={() => setShowHistory(false)} />
          ) : previewShown ? (
            <PreviewHost formRef={formRef} />
          ) : null}
        </div>
      </OutputChannelProvider>
      {question ? (
        <ConfirmDialog
          question={question.text}
          detail="Danh sách các vấn đề ở bước 6 “Kiểm tra, in và gửi”. Các kiểm tra chỉ nhắc, không chặn."
          confirmLabel={question.confirmLabel}
          onConfirm={() => {
            setQuestion(null);
            question.run();
          }}
          onCancel={() => setQuestion(null)}
        />
      ) : null}
      {showShortcuts ? <ShortcutsDialog onClose={() => setShowShortcuts(false)} /> : null}
    </div>
  );
}
