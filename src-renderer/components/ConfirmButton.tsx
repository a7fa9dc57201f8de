import { useState } from 'react';

interface ConfirmButtonProps {
  /** Text of the first button, e.g. "Xóa". */
  label: string;
  /** The question shown while confirming. */
  question: string;
  onConfirm: () => void;
  /** Prefix of the test ids: `${testId}`, `${testId}-confirm`, `${testId}-cancel`. */
  testId: string;
  small?: boolean;
}

/** A destructive action that asks "Xóa" / "Hủy" in place instead of window.confirm. */
export function ConfirmButton({ label, question, onConfirm, testId, small = false }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const size = small ? ' btn-small' : '';
  if (!asking) {
    return (
      <button type="button" className={`btn btn-ghost-danger${size}`} data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question">{question}</span>
      <button
        type="button"
        className={`btn btn-danger${size}`}
        data-testid={`${testId}-confirm`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        Xóa
      </button>
      <button type="button" className={`btn${size}`} data-testid={`${testId}-cancel`} onClick={() => setAsking(false)}>
        Hủy
      </button>
    </span>
  );
}
