import { formatUpdatedAt } from '../../lib/format';
import type { SaveConflict } from './use-autosave';

interface ConflictBannerProps {
  conflict: SaveConflict;
  busy: boolean;
  /** Opens the copy stored elsewhere in place of this one. */
  onReload: () => void;
  /** Stores what is on screen as a new draft, and opens it. */
  onKeepCopy: () => void;
}

/** Another window saved this draft after it was opened here: say when, and offer both ways forward. */
export function ConflictBanner({ conflict, busy, onReload, onKeepCopy }: ConflictBannerProps) {
  const when = conflict.storedAt ? ` lúc ${formatUpdatedAt(conflict.storedAt)}` : '';
  return (
    <div className="conflict-banner" role="alert" data-testid="conflict-banner">
      <p className="conflict-text">
        <strong>Bản thảo này vừa được lưu ở một cửa sổ khác{when}</strong>, sau khi bạn mở nó ở đây. Để không ghi đè lên bản đó, những gì
        bạn sửa ở cửa sổ này chưa được lưu; chúng vẫn còn nguyên trên màn hình.
      </p>
      <div className="conflict-actions">
        <button type="button" className="btn" data-testid="btn-conflict-reload" disabled={busy} onClick={onReload} title="Mở bản đã lưu ở cửa sổ kia; các thay đổi chưa lưu ở đây sẽ không được giữ">
          Tải bản mới hơn
        </button>
        <button type="button" className="btn btn-primary" data-testid="btn-conflict-copy" disabled={busy} onClick={onKeepCopy} title="Lưu nội dung đang thấy thành một báo cáo mới; bản kia giữ nguyên">
          Giữ bản của tôi thành bản sao
        </button>
      </div>
    </div>
  );
}
