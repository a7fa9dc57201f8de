/**
 * "Đã xóa … — Hoàn tác": what a deletion says, with the way back. The toast undoes exactly the
 * change it announced, so it goes away as soon as anything else changes the history.
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useEditorDispatch, useEditorSelector, useEditorStore } from './store/context';
import { undoLabel } from './shortcut-labels';

/** How long the toast stays when nothing else happens. */
export const UNDO_TOAST_MS = 10_000;

interface Toast {
  text: string;
  /** The history version right after the announced change. */
  version: number;
}

const ToastContext = createContext<((text: string) => void) | null>(null);

/** Announces the change just made, with "Hoàn tác". */
export function useUndoToast(): (text: string) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useUndoToast outside UndoToastProvider');
  return show;
}

/** Provides `useUndoToast` and shows the toast at the bottom of the editor. */
export function UndoToastProvider({ children }: { children: ReactNode }) {
  const store = useEditorStore();
  const [toast, setToast] = useState<Toast | null>(null);
  const show = useCallback((text: string) => setToast({ text, version: store.getState().version }), [store]);
  const close = useCallback(() => setToast(null), []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <UndoToast toast={toast} onClose={close} />
    </ToastContext.Provider>
  );
}

function UndoToast({ toast, onClose }: { toast: Toast | null; onClose: () => void }) {
  const dispatch = useEditorDispatch();
  const version = useEditorSelector((state) => state.version);
  const stale = toast !== null && version !== toast.version;
  useEffect(() => {
    if (toast === null) return;
    const timer = setTimeout(onClose, UNDO_TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  useEffect(() => {
    if (stale) onClose();
  }, [stale, onClose]);
  return (
    <div className="undo-toast-region" role="status" aria-live="polite">
      {toast && !stale ? (
        <div className="undo-toast" data-testid="undo-toast">
          <span data-testid="undo-toast-text">{toast.text}</span>
          <button
            type="button"
            className="btn btn-small btn-toast"
            data-testid="btn-undo-toast"
            title={`Hoàn tác (${undoLabel()})`}
            onClick={() => {
              dispatch({ type: 'undo' });
              onClose();
            }}
          >
            Hoàn tác
          </button>
          <button type="button" className="link-btn" aria-label="Đóng thông báo" onClick={onClose}>
            Đóng
          </button>
        </div>
      ) : null}
    </div>
  );
}
