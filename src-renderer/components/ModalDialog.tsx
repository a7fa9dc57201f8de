import { useEffect, useRef, type KeyboardEventHandler, type ReactNode } from 'react';

interface ModalDialogProps {
  /** Classes of the `<dialog>`, e.g. "dialog dialog-wide". */
  className: string;
  /** The id of the element that names the dialog. */
  labelledBy: string;
  testId: string;
  /** Escape (the dialog's cancel event) asks for this, unless `busy`. */
  onCancel: () => void;
  /** While true, Escape is ignored. */
  busy?: boolean;
  /** Keys seen anywhere inside the dialog, before its own handling. */
  onKeyDown?: KeyboardEventHandler<HTMLDialogElement>;
  /** A selector of the element to focus once open, for fields `autoFocus` cannot reach. */
  initialFocus?: string;
  children: ReactNode;
}

/**
 * A `<dialog>` opened as a modal while it is rendered, so the rest of the page cannot be edited
 * meanwhile; it closes when unmounted. Escape goes through React state, never behind its back.
 */
export function ModalDialog({ className, labelledBy, testId, onCancel, busy = false, onKeyDown, initialFocus, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Read once, on opening: the first focus is a property of the dialog, not of later renders.
  const focusOnOpen = useRef(initialFocus);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    if (focusOnOpen.current) dialog?.querySelector<HTMLElement>(focusOnOpen.current)?.focus();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
      onKeyDown={onKeyDown}
    >
      {children}
    </dialog>
  );
}
