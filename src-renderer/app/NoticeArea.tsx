import type { Notice } from './use-notices';

/** Errors and information, each with a close button. */
export function NoticeArea({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" data-testid="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
          data-scope={notice.scope ?? ''}
        >
          <span>{notice.text}</span>
          <button type="button" className="link-btn" onClick={() => onDismiss(notice.id)} aria-label={`Đóng thông báo: ${notice.text.slice(0, 40)}`}>
            Đóng
          </button>
        </div>
      ))}
    </div>
  );
}
