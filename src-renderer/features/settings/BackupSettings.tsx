import { useCallback, useState } from 'react';
import type { BackupInfo } from '@shared/api/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { StatusBanner, type StatusMessage } from '../../components/StatusBanner';
import { api } from '../../lib/api';
import { formatSize, formatUpdatedAt } from '../../lib/format';
import { useApiLoad } from '../../lib/use-api-load';

const restoredText = (count: number, from: string) =>
  count === 0
    ? `${from} không có báo cáo nào để khôi phục.`
    : `Đã khôi phục ${count} báo cáo từ ${from}. Chúng được thêm thành báo cáo mới trong “Báo cáo”; báo cáo đang có không bị thay đổi.`;

/** "Sao lưu": back up now, the automatic backups, and restoring one of them or a chosen file. */
export function BackupSettings() {
  const load = useCallback(() => api.listBackups({}), []);
  const { state, reload } = useApiLoad(load);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const backups = state.status === 'loaded' ? [...state.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : [];

  const run = async (work: () => Promise<StatusMessage | null>) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await work());
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };
  const backupNow = () =>
    run(async () => {
      const result = await api.backupNow({});
      reload();
      if (!result.ok) return result.error.code === 'CANCELLED' ? null : { kind: 'error', text: `Chưa sao lưu được: ${result.error.message}` };
      // A null path: the clerk closed the folder dialog.
      return result.value.path === null ? null : { kind: 'ok', text: 'Đã sao lưu toàn bộ báo cáo, lịch sử và cài đặt vào tệp', path: result.value.path };
    });
  const restore = (backup: BackupInfo | null) =>
    run(async () => {
      const result = await api.restoreBackup(backup ? { name: backup.name } : {});
      if (!result.ok) return result.error.code === 'CANCELLED' ? null : { kind: 'error', text: `Chưa khôi phục được: ${result.error.message}` };
      const from = backup ? `bản sao lưu lúc ${formatUpdatedAt(backup.createdAt)}` : 'tệp đã chọn';
      return { kind: result.value.imported.length > 0 ? 'ok' : 'error', text: restoredText(result.value.imported.length, from) };
    });

  return (
    <section className="settings-section" data-testid="settings-backup" aria-labelledby="settings-backup-title">
      <h2 id="settings-backup-title">Sao lưu và khôi phục</h2>
      <p className="muted">
        Ứng dụng tự động sao lưu mỗi ngày và giữ các bản của 7 ngày gần nhất. Khi khôi phục, báo cáo trong bản sao lưu được thêm thành báo cáo
        mới, không ghi đè báo cáo đang có.
      </p>
      <div className="settings-actions">
        <button type="button" className="btn btn-primary" data-testid="btn-backup-now" disabled={busy} onClick={() => void backupNow()}>
          Sao lưu ngay
        </button>
        <button type="button" className="btn" data-testid="btn-restore-backup-file" disabled={busy} onClick={() => void restore(null)}>
          Khôi phục từ tệp…
        </button>
        {busy ? <span className="muted">Đang thực hiện…</span> : null}
      </div>
      <StatusBanner status={status} onDismiss={() => setStatus(null)} testId="backup-status" />
      <h3 className="profile-sub">Bản sao lưu tự động</h3>
      {state.status === 'loading' ? <p className="muted">Đang tải…</p> : null}
      {state.status === 'failed' ? (
        <p className="error-text" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === 'loaded' && backups.length === 0 ? (
        <p className="muted" data-testid="backups-empty">
          Chưa có bản sao lưu tự động nào.
        </p>
      ) : null}
      {backups.length > 0 ? (
        <ul className="backup-rows">
          {backups.map((backup) => (
            <li key={backup.name} className="backup-row" data-testid="backup-row" data-backup-name={backup.name}>
              <span className="backup-when">{formatUpdatedAt(backup.createdAt)}</span>
              <span className="muted">{backup.kind === 'auto' ? 'Tự động' : 'Thủ công'}</span>
              <span className="muted">{formatSize(backup.size)}</span>
              <button type="button" className="btn btn-small" data-testid="btn-restore-backup" disabled={busy} onClick={() => setConfirming(backup)}>
                Khôi phục
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          question={`Khôi phục bản sao lưu lúc ${formatUpdatedAt(confirming.createdAt)}?`}
          detail="Các báo cáo trong bản sao lưu sẽ được thêm thành báo cáo mới. Báo cáo đang có không bị thay đổi."
          confirmLabel="Khôi phục"
          busy={busy}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </section>
  );
}
