/**
 * The preview's fast path: when an edit changes only the content of a few parts (the paragraph
 * being typed in), their new HTML replaces them in the pages already laid out, in well under a
 * frame. Line and page breaks may then be off until the next pagination, which the preview runs
 * as soon as typing pauses.
 */
import type { PageDocument } from '@shared/layout/html';
import { contentFragment } from './paginate';

/** More changed parts than this is not typing: paginate instead. */
const MAX_PATCHED_PARTS = 4;

interface Change {
  key: string;
  html: string;
}

function sameShape(a: PageDocument, b: PageDocument): boolean {
  if (a.pageCss !== b.pageCss || a.firstPageFooter !== b.firstPageFooter || a.groups.length !== b.groups.length) return false;
  return a.groups.every((g, i) => {
    const other = b.groups[i];
    return other !== undefined && other.id === g.id && other.parts.length === g.parts.length && other.parts.every((p, j) => p.key === g.parts[j]?.key);
  });
}

function changes(a: PageDocument, b: PageDocument): Change[] {
  return b.groups.flatMap((g, i) => g.parts.filter((p, j) => a.groups[i]?.parts[j]?.html !== p.html));
}

/**
 * A fresh part as it can stand in a laid-out page: its footnotes, which the paginator would move
 * to the page foot, become calls showing their number; the notes already at the foot stay.
 */
function standIn(html: string): Element | null {
  const element = contentFragment(html).firstElementChild;
  if (!element) return null;
  for (const note of Array.from(element.querySelectorAll('.bc-fn'))) {
    const call = document.createElement('a');
    call.className = note.className;
    call.dataset.footnoteCall = 'patched';
    note.replaceWith(call);
  }
  return element;
}

/**
 * How a patch went: not possible (the structure changed: paginate), or done, with whether the
 * pages keep their breaks for sure: every changed part stood whole on one page, holds no
 * footnote and is exactly as tall as before, so every block is where a new pagination would put
 * it and the pages need not be laid out again.
 */
export type PatchResult = null | { breaksKept: boolean };

/** Patches `next`'s changed parts into the pages of `shown` (laid out from `current`). */
export function patchParts(container: HTMLElement, current: PageDocument, next: PageDocument): PatchResult {
  if (!sameShape(current, next)) return null;
  const changed = changes(current, next);
  if (changed.length > MAX_PATCHED_PARTS) return null;
  const plans = changed.map((c) => ({
    fragments: Array.from(container.querySelectorAll(`.pagedjs_page_content [data-part="${CSS.escape(c.key)}"]`)),
    element: standIn(c.html),
    footnotes: /\bbc-fn\b/.test(c.html),
  }));
  if (plans.some((p) => p.fragments.length === 0 || !p.element)) return null;
  let breaksKept = true;
  const placed: { element: Element; height: number }[] = [];
  for (const { fragments, element, footnotes } of plans) {
    const [first, ...rest] = fragments;
    if (!first || !element) continue;
    const whole = rest.length === 0 && !footnotes && first.querySelector('.bc-fn, [data-footnote-call]') === null;
    if (whole) placed.push({ element, height: first.getBoundingClientRect().height });
    else breaksKept = false;
    first.replaceWith(element);
    for (const fragment of rest) fragment.remove();
  }
  // Measured once all are in (one layout); the next frame lays the page out anyway.
  if (breaksKept) breaksKept = placed.every(({ element, height }) => Math.abs(element.getBoundingClientRect().height - height) < 0.01);
  return { breaksKept };
}
