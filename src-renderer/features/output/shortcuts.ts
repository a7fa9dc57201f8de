/** Keyboard shortcuts of "In", "Xuất PDF" and "Gửi email" (Ctrl+Shift+E is the editor's DOCX export), and how tooltips name them. */
import { useEffect, useRef } from 'react';

export type OutputAction = 'print' | 'pdf' | 'email';

/** The key with Ctrl (⌘ on a Mac) for each action; Shift marks the two that write files. */
export const SHORTCUTS: Record<OutputAction, { code: string; shift: boolean }> = {
  print: { code: 'KeyP', shift: false },
  pdf: { code: 'KeyP', shift: true },
  email: { code: 'KeyM', shift: true },
};

const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** "Ctrl+P", "Ctrl+Shift+E", or "⌘P", "⇧⌘E" on a Mac. */
export function shortcutLabel(action: OutputAction): string {
  const { code, shift } = SHORTCUTS[action];
  const key = code.replace(/^Key/, '');
  if (isMac()) return `${shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}

/** The action a key press asks for, if any. */
export function actionOf(event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): OutputAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  for (const [action, shortcut] of Object.entries(SHORTCUTS) as Array<[OutputAction, (typeof SHORTCUTS)[OutputAction]]>) {
    if (event.code === shortcut.code && event.shiftKey === shortcut.shift) return action;
  }
  return null;
}

/** Runs `handlers[action]` on its shortcut while mounted; Ctrl+P never opens the print of the editor itself. */
export function useOutputShortcuts(handlers: Record<OutputAction, () => void>): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = actionOf(event);
      if (!action) return;
      event.preventDefault();
      if (!event.repeat) latest.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
