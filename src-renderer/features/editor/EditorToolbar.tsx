import { OutputButtons } from '../output/OutputButtons';
import type { OutputControls } from '../output/use-output';
import type { SaveStatus } from './save-controller';
import { SaveIndicator } from './SaveIndicator';

interface EditorToolbarProps {
  title: string;
  status: SaveStatus;
  exporting: boolean;
  historyOpen: boolean;
  /** Whether the A4 preview is beside the steps now (not while the history is open). */
  previewShown: boolean;
  onBack: () => void;
  onToggleHistory: () => void;
  onTogglePreview: () => void;
  onExport: () => void;
  /** "In", "Xuất PDF", "Gửi email" (features/output). */
  output: OutputControls;
}

/** Back to the list, what is open, whether it is saved, history, print and the export buttons. */
export function EditorToolbar({ title, status, exporting, historyOpen, previewShown, onBack, onToggleHistory, onTogglePreview, onExport, output }: EditorToolbarProps) {
  return (
    <div className="editor-toolbar">
      <button type="button" className="btn btn-ghost" data-testid="btn-back" onClick={onBack}>
        ← Danh sách
      </button>
      <span className="editor-toolbar-title" data-testid="editor-title">
        {title.trim() || '(Chưa có trích yếu)'}
      </span>
      <SaveIndicator status={status} />
      <button
        type="button"
        className={previewShown ? 'btn btn-toggled' : 'btn'}
        aria-pressed={previewShown}
        title={previewShown ? 'Ẩn trang xem trước để các ô nhập rộng hơn' : 'Hiện trang A4 xem trước bên cạnh các bước'}
        data-testid="btn-preview"
        onClick={onTogglePreview}
      >
        Xem trước
      </button>
      <button
        type="button"
        className={historyOpen ? 'btn btn-toggled' : 'btn'}
        aria-pressed={historyOpen}
        data-testid="btn-history"
        onClick={onToggleHistory}
      >
        Lịch sử phiên bản
      </button>
      <OutputButtons output={output} />
      <button type="button" className="btn btn-primary" data-testid="btn-export-docx" disabled={exporting} onClick={onExport}>
        {exporting ? 'Đang xuất…' : 'Xuất DOCX'}
      </button>
    </div>
  );
}
