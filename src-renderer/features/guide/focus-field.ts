/**
 * Finding a field of the draft on screen by its key and putting the keyboard focus in it: the
 * element marked `data-field` with the longest prefix of the key (a finding in a table cell lands
 * on its table, one in a section on the section's title), inside folded panels too.
 */
import { parseFieldKey } from '../editor/store/field-path';

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), [contenteditable="true"], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The element for `key` under `root`, or null. */
export function findFieldElement(root: ParentNode, key: string): HTMLElement | null {
  const parts = parseFieldKey(key).map(String);
  for (let n = parts.length; n > 0; n--) {
    const found = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(parts.slice(0, n).join('.'))}"]`);
    if (found) return found;
  }
  return null;
}

/** The element itself when it takes focus, else the first control inside it. */
function focusTarget(element: HTMLElement): HTMLElement | null {
  if (element.matches(FOCUSABLE)) return element;
  return element.querySelector<HTMLElement>(FOCUSABLE);
}

/** Opens the folded panels around `element` so it can be seen. */
function unfold(element: HTMLElement): void {
  for (let at = element.parentElement; at; at = at.parentElement) {
    if (at instanceof HTMLDetailsElement && !at.open) at.open = true;
  }
}

/** Scrolls to the field `key` and focuses it; false when it is not on screen. */
export function focusField(root: ParentNode, key: string): boolean {
  const element = findFieldElement(root, key);
  if (!element) return false;
  unfold(element);
  const target = focusTarget(element) ?? element;
  target.scrollIntoView({ block: 'center', behavior: 'auto' });
  target.focus({ preventScroll: true });
  return document.activeElement === target;
}
