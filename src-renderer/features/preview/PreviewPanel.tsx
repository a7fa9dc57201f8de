import type { ReactNode } from 'react';
import { formatDateLine } from '@shared/domain/dates';
import { formatSoKyHieu } from '@shared/domain/doc-number';
import type { Draft } from '@shared/domain/draft-schema';
import { numberSections } from '@shared/domain/outline';

function Lines({ text, className, testId }: { text: string; className?: string; testId?: string }) {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return null;
  return (
    <div className={className} data-testid={testId}>
      {lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>
  );
}

interface PreviewPanelProps {
  draft: Draft;
  /** Defaults to "Xem trước". */
  heading?: string;
  /** Defaults to "preview". */
  testId?: string;
  /** Shown between the heading and the page, e.g. the actions on a revision. */
  children?: ReactNode;
}

/** A read-only sketch of page one: header block, title and the numbered headings. */
export function PreviewPanel({ draft, heading = 'Xem trước', testId = 'preview', children }: PreviewPanelProps) {
  const { header } = draft;
  const headings = numberSections(draft.sections, draft.outlineStart);
  return (
    <aside className="preview" data-testid={testId} aria-label={heading}>
      <h2 className="preview-heading">{heading}</h2>
      {children}
      <div className="paper">
        <div className="paper-header">
          <div className="paper-agency">
            <Lines text={header.parentAgency.toLocaleUpperCase('vi')} />
            <Lines text={header.issuingAgency.toLocaleUpperCase('vi')} className="strong" />
            <div className="paper-rule" />
            <div data-testid="preview-soKyHieu">{formatSoKyHieu(header)}</div>
          </div>
          <div className="paper-nation">
            <div className="strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
            <div className="strong">Độc lập - Tự do - Hạnh phúc</div>
            <div className="paper-rule" />
            <div className="italic" data-testid="preview-dateLine">
              {formatDateLine(header.place, header.date)}
            </div>
          </div>
        </div>
        {draft.marks.draftMark ? <div className="paper-draft-mark">DỰ THẢO</div> : null}
        <div className="paper-type">BÁO CÁO</div>
        <Lines text={draft.title || '(Chưa có trích yếu)'} className="paper-title" testId="preview-title" />
        {draft.kinhGui.length > 0 ? (
          <div className="paper-kinhgui">
            Kính gửi: {draft.kinhGui.filter(Boolean).join('; ')}
          </div>
        ) : null}
        <ol className="paper-outline" data-testid="preview-outline">
          {headings.map(({ section, depth, label }) => (
            <li key={section.id} className={`outline-depth-${Math.min(depth, 3)}`}>
              <span className="outline-label">{label}</span> {section.title || '(chưa đặt tên)'}
            </li>
          ))}
        </ol>
      </div>
    </aside>
  );
}
