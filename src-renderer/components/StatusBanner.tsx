export interface StatusMessage {
  kind: 'ok' | 'error';
  text: string;
  /** A file path written or read, shown as code after the text. */
  path?: string;
}

interface StatusBannerProps {
  status: StatusMessage | null;
  onDismiss: () => void;
  /** `${testId}` on the banner, `${testId}-path` on the path. */
  testId: string;
}

/** The outcome of the last action of a screen: green when done, red with the reason when not. */
export function StatusBanner({ status, onDismiss, testId }: StatusBannerProps) {
  if (status === null) return null;
  const error = status.kind === 'error';
  return (
    <div
      className={error ? 'status-banner status-error' : 'status-banner'}
      role={error ? 'alert' : 'status'}
      data-testid={testId}
      data-kind={status.kind}
    >
      <span>
        {status.text}
        {status.path ? (
          <>
            {' '}
            <code data-testid={`${testId}-path`}>{status.path}</code>
          </>
        ) : null}
      </span>
      <button type="button" className="link-btn" onClick={onDismiss} aria-label="Đóng thông báo">
        Đóng
      </button>
    </div>
  );
}
