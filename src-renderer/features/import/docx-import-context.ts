/**
 * "Nhập từ Word" is mounted once for the whole window (DocxImportHost, in the app shell), so a
 * Word file dropped anywhere, the editor included, is imported; the list's button and the list's
 * reload reach it through this context.
 */
import { createContext, useContext, useEffect, useRef } from 'react';

export interface DocxImportControl {
  /** Imports a picked file (the button's file input). */
  importFile: (file: File) => void;
  /** Whether an import is running (the button waits). */
  working: boolean;
  /** Calls `listener` after each import that created or changed a draft; returns the unsubscribe. */
  onImported: (listener: () => void) => () => void;
}

export const DocxImportContext = createContext<DocxImportControl | null>(null);

/** The window's "Nhập từ Word", or null outside DocxImportHost. */
export function useDocxImportControl(): DocxImportControl | null {
  return useContext(DocxImportContext);
}

/** Calls `listener` (kept current) after each import that created or changed a draft. */
export function useDocxImported(listener: () => void): void {
  const control = useDocxImportControl();
  const current = useRef(listener);
  useEffect(() => {
    current.current = listener;
  });
  const subscribe = control?.onImported;
  useEffect(() => subscribe?.(() => current.current()), [subscribe]);
}
