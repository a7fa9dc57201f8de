import { formatUpdatedAt } from '../../lib/format';
import type { EmailState } from './use-email';

/** The last part of a path, whichever separator the OS uses. */
const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

interface OutboxNoticeProps {
  state: EmailState;
  onOpenFolder: () => void;
  onDismiss: () => void;
}

/** After "Gửi email": where the files are and, plainly, what the clerk does next. */
export function OutboxNotice({ state, onOpenFolder, onDismiss }: OutboxNoticeProps) {
  if (state === null) return null;
  if (state.kind === 'error') {
    return (
      <div className="status-banner status-error" role="alert" data-testid="email-status" data-kind="error">
        <span>{state.text}</span>
        <button type="button" className="link-btn" onClick={onDismiss} aria-label="Đóng thông báo">
          Đóng
        </button>
      </div>
    );
  }
  const { email, at, folderOpened } = state;
  const [docx, pdf] = email.files;
  return (
    <section className="outbox-notice" role="status" data-testid="email-status" data-kind="ok" data-opened={email.opened}>
      <div className="outbox-notice-head">
        <strong>
          {email.opened ? 'Thư đã được mở trong chương trình thư của máy.' : 'Đã chuẩn bị xong thư và hai tệp đính kèm.'}
        </strong>
        <span className="outbox-notice-time">Lúc {formatUpdatedAt(at)}</span>
      </div>
      {email.opened ? (
        <ol className="outbox-steps">
          <li>Nhập địa chỉ thư của nơi nhận vào ô “Đến” (To).</li>
          <li>
            Kiểm tra tiêu đề, nội dung thư và hai tệp đính kèm: <code>{fileName(docx)}</code> và <code>{fileName(pdf)}</code>.
          </li>
          <li>Bấm “Gửi”. Nếu máy đang không có mạng, thư nằm trong hộp thư đi và tự gửi khi có mạng.</li>
        </ol>
      ) : (
        <>
          <p>Máy chưa mở được chương trình thư (Outlook, Thunderbird). Gửi bằng thư điện tử trên trình duyệt (thư công vụ, Gmail…):</p>
          <ol className="outbox-steps">
            <li>Bấm “Mở thư mục” để thấy hai tệp cần gửi.</li>
            <li>Trên trang thư, soạn thư mới, lấy trích yếu của báo cáo làm tiêu đề.</li>
            <li>
              Đính kèm hai tệp <code>{fileName(docx)}</code> và <code>{fileName(pdf)}</code>, nhập địa chỉ nơi nhận rồi bấm “Gửi”.
            </li>
          </ol>
          <p className="outbox-hint">
            Tệp thư <code>{fileName(email.emlPath)}</code> trong cùng thư mục mở được bằng Outlook hoặc Thunderbird khi máy có các chương trình này.
          </p>
        </>
      )}
      <p className="outbox-hint">
        Các tệp được giữ trong thư mục <code data-testid="email-folder">{email.folder}</code> cho đến khi gửi; không cần mạng lúc chuẩn bị.
      </p>
      {folderOpened === false ? (
        <p className="outbox-hint" data-testid="email-folder-not-opened">
          Không mở được thư mục từ đây. Hãy mở thư mục trên bằng trình quản lý tệp của máy.
        </p>
      ) : null}
      <div className="outbox-actions">
        <button type="button" className="btn btn-small" data-testid="btn-open-outbox" onClick={onOpenFolder}>
          Mở thư mục
        </button>
        <button type="button" className="link-btn" onClick={onDismiss} aria-label="Đóng thông báo">
          Đóng
        </button>
      </div>
    </section>
  );
}
