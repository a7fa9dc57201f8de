import { useCallback, useState } from 'react';
import type { Draft } from '@shared/domain/draft-schema';
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
import { SectionsPanel } from './SectionsPanel';
import { SignerPanel } from './SignerPanel';
import { TitlePanel } from './TitlePanel';
import type { UpdateDraft } from './types';
import { useAutosave } from './use-autosave';
import { useExport } from './use-export';

interface DraftEditorProps {
  initial: Draft;
  /** Called once the latest edits are stored. */
  onClose: () => void;
  notify: (message: string) => void;
}

/** The form editor for one draft: every field of the model, autosaved. */
export function DraftEditor({ initial, onClose, notify }: DraftEditorProps) {
  const [draft, setDraft] = useState(initial);
  const update = useCallback<UpdateDraft>((edit) => setDraft(edit), []);
  const { status, flush } = useAutosave(draft);
  const exporter = useExport(draft.meta.id, flush);

  const back = async () => {
    if (await flush()) onClose();
    else notify('Bản thảo chưa lưu được nên chưa thể đóng. Hãy sửa lỗi được báo rồi thử lại.');
  };

  const panel = { draft, update };
  return (
    <div className="editor" data-testid="editor">
      <EditorToolbar
        title={draft.title}
        status={status}
        exporting={exporter.busy}
        onBack={() => void back()}
        onExport={() => void exporter.run()}
      />
      <ExportStatus outcome={exporter.outcome} onDismiss={exporter.dismiss} />
      <div className="editor-body">
        <div className="editor-form">
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
        <PreviewPanel draft={draft} />
      </div>
    </div>
  );
}
