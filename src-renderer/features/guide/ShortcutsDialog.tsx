import { useId } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { shortcutLabel } from '../output/shortcuts';
import { altLabel, ctrlLabel, redoLabel, undoLabel } from '../editor/shortcut-labels';
import { docxShortcutFree } from './use-guide-shortcuts';

/** Every shortcut of the editor, in one list (opened from the rail's "Phím tắt"). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const rows: Array<[string, string]> = [
    [undoLabel(), 'Hoàn tác (cả xóa mục, chuyển mục, xóa đoạn)'],
    [redoLabel(), 'Làm lại'],
    [ctrlLabel('S'), 'Lưu ngay và giữ một phiên bản trong “Lịch sử phiên bản”'],
    [shortcutLabel('print'), 'In'],
    [shortcutLabel('pdf'), 'Xuất PDF'],
    [shortcutLabel('email'), 'Gửi email'],
    ...(docxShortcutFree() ? ([[ctrlLabel('E', true), 'Xuất DOCX']] as Array<[string, string]>) : []),
    [`${altLabel('PageUp')} / ${altLabel('PageDown')}`, 'Bước trước / bước sau'],
    ['Enter', 'Trong ô tên mục: thêm mục tiếp theo'],
    [`${altLabel('↑')} / ${altLabel('↓')}`, 'Trong ô tên mục: chuyển mục lên / xuống'],
    [`${altLabel('→')} / ${altLabel('←')}`, 'Trong ô tên mục: xuống / lên một cấp'],
    ['Tab / Shift+Tab', 'Sang ô tiếp theo / ô trước'],
  ];
  return (
    <ModalDialog className="dialog dialog-wide" labelledBy={titleId} testId="shortcuts-dialog" onCancel={onClose}>
      <h2 className="dialog-question" id={titleId}>
        Phím tắt
      </h2>
      <table className="shortcuts-table">
        <tbody>
          {rows.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" data-testid="btn-shortcuts-close" onClick={onClose} autoFocus>
          Đóng
        </button>
      </div>
    </ModalDialog>
  );
}
