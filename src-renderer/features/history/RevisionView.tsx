import { useCallback } from 'react';
import type { Revision } from '@shared/api/contract';
import { api } from '../../lib/api';
import { formatTimeWithSeconds } from '../../lib/format';
import { useApiLoad } from '../../lib/use-api-load';
import { PreviewPanel } from '../preview/PreviewPanel';

interface RevisionViewProps {
  draftId: string;
  revision: Revision;
  busy: boolean;
  onRestore: () => void;
  onClose: () => void;
}

/** One past version shown read-only in the preview, with "Khôi phục phiên bản này". */
export function RevisionView({ draftId, revision, busy, onRestore, onClose }: RevisionViewProps) {
  const load = useCallback(() => api.getRevision({ id: draftId, revision: revision.revision }), [draftId, revision.revision]);
  const { state } = useApiLoad(load);
  if (state.status === 'loading') return <p className="muted">Đang tải phiên bản #{revision.revision}…</p>;
  if (state.status === 'failed') {
    return (
      <p className="error-text" role="alert">
        {state.message}
      </p>
    );
  }
  return (
    <PreviewPanel draft={state.value} heading={`Phiên bản #${revision.revision} — chỉ xem`} testId="revision-preview">
      <p className="muted revision-when">Lưu lúc {formatTimeWithSeconds(revision.createdAt)}. Nội dung dưới đây không sửa được.</p>
      <div className="revision-actions">
        <button type="button" className="btn btn-primary btn-small" data-testid="btn-restore-revision" disabled={busy} onClick={onRestore}>
          Khôi phục phiên bản này
        </button>
        <button type="button" className="btn btn-small" data-testid="btn-close-revision" onClick={onClose}>
          Đóng
        </button>
      </div>
    </PreviewPanel>
  );
}
