import type { SaveStatus } from './save-controller';

const LABELS = { saved: 'Đã lưu', saving: 'Đang lưu…', dirty: 'Chưa lưu' } as const;

/** The autosave status: "Đã lưu" only once the store confirmed the save. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const text = status.state === 'error' ? `Chưa lưu: ${status.message ?? ''}` : LABELS[status.state];
  return (
    <span className={`save-state save-${status.state}`} data-testid="save-state" role="status" aria-live="polite">
      {text}
    </span>
  );
}
