/** How the editor's own shortcuts are named in tooltips and the shortcut list (⌘ on a Mac). */

const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** "Ctrl+Z" or "⌘Z" for a Ctrl (⌘) shortcut; `shift` adds Shift (⇧). */
export function ctrlLabel(key: string, shift = false): string {
  return isMac() ? `${shift ? '⇧' : ''}⌘${key}` : `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}

/** "Alt+↑" or "⌥↑". */
export function altLabel(key: string): string {
  return isMac() ? `⌥${key}` : `Alt+${key}`;
}

export const undoLabel = (): string => ctrlLabel('Z');
export const redoLabel = (): string => (isMac() ? ctrlLabel('Z', true) : ctrlLabel('Y'));
