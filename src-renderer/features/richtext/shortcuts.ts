/**
 * The keyboard shortcuts of the rich-text fields, defined once: the extensions bind these
 * ProseMirror key names, the toolbar shows them in tooltips and `aria-keyshortcuts`.
 */

/** ProseMirror key names ("Mod" is Ctrl, or ⌘ on a Mac). */
export const KEYS = {
  bold: 'Mod-b',
  italic: 'Mod-i',
  underline: 'Mod-u',
  dashItem: 'Mod-Shift-8',
  plusItem: 'Mod-Shift-9',
  insertFootnote: 'Mod-Alt-f',
  insertTable: 'Mod-Alt-b',
  lineBreak: 'Shift-Enter',
  undo: 'Mod-z',
  redo: 'Mod-y',
  redoAlt: 'Mod-Shift-z',
  toolbar: 'Alt-F10',
} as const;

export type ShortcutName = keyof typeof KEYS;

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const ARIA: Record<string, string> = { Mod: isMac ? 'Meta' : 'Control', Alt: 'Alt', Shift: 'Shift' };
const HINT: Record<string, string> = { Mod: isMac ? '⌘' : 'Ctrl', Alt: 'Alt', Shift: 'Shift' };

function parts(keys: string): string[] {
  return keys.split('-').map((part) => (part.length === 1 ? part.toUpperCase() : part));
}

/** The shortcut as `aria-keyshortcuts` writes it, e.g. "Control+B". */
export function ariaKeys(keys: string): string {
  return parts(keys)
    .map((part) => ARIA[part] ?? part)
    .join('+');
}

/** The shortcut as a tooltip shows it, e.g. "Ctrl+B". */
export function hintKeys(keys: string): string {
  return parts(keys)
    .map((part) => HINT[part] ?? part)
    .join('+');
}
