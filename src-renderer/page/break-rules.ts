/**
 * Where a page may break, as LibreOffice breaks the DOCX (the page count must match), applied to
 * the break Paged.js proposes, before it splits the content:
 * - a paragraph leaves at least two lines at the foot of a page and carries at least two over
 *   (widow and orphan control, LibreOffice's two lines); else it moves whole;
 * - a block kept with the next one (headings, the title, the paragraph carrying "./.") moves
 *   with it, however many are chained (Paged.js keeps only one);
 * - a table breaks at the first row that does not fit (see tableRowStart).
 */
import { Handler } from 'pagedjs';

const ORPHANS = 2;
const WIDOWS = 2;

/** The page's content box: what lies right of `right` or below `bottom` is on later pages. */
interface Bounds {
  left: number;
  right: number;
  bottom: number;
  width: number;
}

/** A line of a paragraph as laid out: its column (0 on this page) and vertical extent. */
interface Line {
  column: number;
  top: number;
  bottom: number;
}

/** Paged.js lays the overflow out in further columns, each over a thousand pixels to the right. */
function columnOf(rect: DOMRect, bounds: Bounds): number {
  return Math.max(0, Math.floor((rect.left - bounds.left + 1) / (bounds.width + 500)));
}

function fitsPage(rect: DOMRect, bounds: Bounds): boolean {
  return Math.round(rect.left) < bounds.right && Math.floor(rect.bottom) <= bounds.bottom;
}

/** The lines of `block`, in reading order (fragments of one line, a raised footnote call included, merge). */
function linesOf(block: Element, bounds: Bounds): Line[] {
  const range = document.createRange();
  range.selectNodeContents(block);
  const rects = Array.from(range.getClientRects())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ column: columnOf(r, bounds), top: r.top, bottom: r.bottom }))
    .sort((a, b) => a.column - b.column || a.top - b.top);
  const lines: Line[] = [];
  for (const rect of rects) {
    const last = lines[lines.length - 1];
    if (last && last.column === rect.column && rect.top < last.bottom - 2) last.bottom = Math.max(last.bottom, rect.bottom);
    else lines.push({ ...rect });
  }
  return lines;
}

function lineIndex(lines: readonly Line[], rect: DOMRect, bounds: Bounds): number {
  const column = columnOf(rect, bounds);
  const middle = (rect.top + rect.bottom) / 2;
  const i = lines.findIndex((l) => l.column > column || (l.column === column && middle < l.bottom));
  return i < 0 ? lines.length - 1 : i;
}

/** The text position where line `target` of `block` starts. */
function lineStart(block: Element, lines: readonly Line[], target: number, bounds: Bounds): { node: Text; offset: number } | null {
  const probe = document.createRange();
  const lineAt = (node: Text, offset: number): number => {
    probe.setStart(node, offset);
    probe.setEnd(node, Math.min(offset + 1, node.length));
    const rect = probe.getBoundingClientRect();
    return rect.height > 0 ? lineIndex(lines, rect, bounds) : -1;
  };
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.length === 0 || lineAt(node, node.length - 1) < target) continue;
    let low = 0;
    let high = node.length - 1;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineAt(node, mid) >= target) high = mid;
      else low = mid + 1;
    }
    return { node, offset: low };
  }
  return null;
}

/** The content block (a part of the page document) holding `node`. */
function blockOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>('[data-part]') ?? null;
}

const keptWithNext = (element: Element | null): element is HTMLElement =>
  element instanceof HTMLElement && (element.dataset.breakAfter === 'avoid' || element.classList.contains('bc-keep'));

/** Whether the break at `range` lies before `block` (nothing of it on this page). */
function startsBefore(range: Range, block: Element): boolean {
  const before = document.createRange();
  before.setStartBefore(block);
  return range.compareBoundaryPoints(Range.START_TO_START, before) <= 0;
}

/**
 * Breaks a table at the first row that does not fit. Paged.js renders a row cell by cell and
 * checks for overflow every so many characters; meeting a half-rendered row there, it takes it
 * for a row under a row span and breaks one row earlier. A span crossing the break is continued
 * on the next page by Paged.js either way, as in the DOCX.
 */
function tableRowStart(overflow: Range, bounds: Bounds): Element | null {
  const picked = overflow.startContainer.childNodes[overflow.startOffset];
  if (!(picked instanceof HTMLTableRowElement) || !fitsPage(picked.getBoundingClientRect(), bounds)) return null;
  let row = picked.nextElementSibling;
  while (row && fitsPage(row.getBoundingClientRect(), bounds)) row = row.nextElementSibling;
  return row;
}

/** Applies the break rules of LibreOffice to the break Paged.js proposes. */
export class BreakRules extends Handler {
  onOverflow(overflow: Range | undefined, rendered: HTMLElement, box: DOMRect): Range | undefined {
    const last = rendered.lastChild;
    if (!overflow || !last) return undefined;
    const bounds: Bounds = { left: box.left, right: Math.round(box.right), bottom: Math.round(box.bottom), width: box.width };
    const range = document.createRange();
    range.setStart(overflow.startContainer, overflow.startOffset);
    let changed = false;
    const breakBefore = (node: Node): void => {
      range.setStartBefore(node);
      changed = true;
    };

    const row = tableRowStart(overflow, bounds);
    if (row) breakBefore(row);

    let block = blockOf(overflow.startContainer.childNodes[overflow.startOffset] ?? overflow.startContainer);
    if (block && !row && !startsBefore(range, block) && !block.closest('table')) {
      const lines = linesOf(block, bounds);
      const fit = lines.filter((l) => l.column === 0 && l.bottom <= bounds.bottom + 1).length;
      const carried = lines.length - fit;
      if (fit < ORPHANS) {
        if (block.previousElementSibling) breakBefore(block);
      } else if (carried > 0 && carried < WIDOWS) {
        const target = lines.length - WIDOWS;
        const start = target >= ORPHANS ? lineStart(block, lines, target, bounds) : null;
        if (start) {
          range.setStart(start.node, start.offset);
          changed = true;
        } else if (block.previousElementSibling) breakBefore(block);
      }
    }

    // A block kept with the next one goes with it, along the whole chain, while something stays.
    block = blockOf(range.startContainer.childNodes[range.startOffset] ?? range.startContainer);
    if (block && startsBefore(range, block)) {
      let first: Element = block;
      while (keptWithNext(first.previousElementSibling) && first.previousElementSibling.previousElementSibling) first = first.previousElementSibling;
      if (first !== block) breakBefore(first);
    }

    if (!changed) return undefined;
    range.setEndAfter(last);
    return range;
  }
}
