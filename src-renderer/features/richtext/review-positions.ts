/**
 * Where a figure to review is, both ways: a path into the field's value (a text run, as the model
 * stores it: `[block, 'content', run, 'text']`, a table cell's paragraph, a footnote's run, or
 * `[run, 'text']` in a one-paragraph field) with offsets in that run's text, and the same
 * characters as ProseMirror positions in the field's document.
 *
 * The field's value is the document converted by shared/domain/editor-doc: one top-level node per
 * block, cells and their paragraphs one to one, and the model's runs made of neighbouring text
 * (and line breaks) with the same marks, a footnote being a run of its own. The runs are grouped
 * here the same way, so run indices and offsets agree with the stored value.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import type { FieldPath } from '@shared/domain/checks/types';
import { footnoteRunsOf, MARKS, NODE } from '@shared/domain/editor-doc';

/** A figure of one field: the text run holding it (relative to the field's value) and where in its text. */
export interface FieldFigure {
  at: FieldPath;
  start: number;
  end: number;
  text: string;
}

/** Characters of a field's document: an inline range, or the footnote node whose text holds the figure. */
export interface FigureRange {
  from: number;
  to: number;
  /** Set when the figure is in a footnote: its run index and offsets in the footnote's text. */
  footnote: { run: number; start: number; end: number } | null;
  text: string;
}

interface RunSpan {
  index: number;
  from: number;
  to: number;
  /** The footnote node, for a footnote run. */
  footnote: PmNode | null;
  text: string;
}

const marksKey = (node: PmNode) =>
  MARKS.map((mark) => (node.marks.some((m) => m.type.name === mark) ? '1' : '0')).join('');

/** The model's runs of a textblock whose content starts at `start`. */
function runsOf(textblock: PmNode, start: number): RunSpan[] {
  const runs: RunSpan[] = [];
  let current: (RunSpan & { key: string }) | null = null;
  textblock.forEach((child, offset) => {
    const from = start + offset;
    if (child.type.name === NODE.footnote) {
      current = null;
      // A footnote without text is no run of the model (normalizeInlines drops it).
      if (footnoteRunsOf(child.attrs.content).length === 0) return;
      runs.push({ index: runs.length, from, to: from + child.nodeSize, footnote: child, text: '' });
      return;
    }
    const text = child.isText ? (child.text ?? '') : child.type.name === NODE.hardBreak ? '\n' : '';
    const key = marksKey(child);
    if (current && current.key === key && current.to === from) {
      current.to = from + child.nodeSize;
      current.text += text;
      return;
    }
    current = { index: runs.length, from, to: from + child.nodeSize, footnote: null, text, key };
    runs.push(current);
  });
  return runs;
}

/** The nearest occurrence of `text` in `haystack` to `near`, or -1. */
function nearest(haystack: string, text: string, near: number): number {
  let best = -1;
  for (let i = haystack.indexOf(text); i >= 0; i = haystack.indexOf(text, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best;
}

/** Offsets of the figure in `haystack`: where stored when the text is still there, else its nearest occurrence. */
function locate(haystack: string, figure: FieldFigure): { start: number; end: number } | null {
  if (figure.text === '') return null;
  if (haystack.slice(figure.start, figure.end) === figure.text) return { start: figure.start, end: figure.end };
  const at = nearest(haystack, figure.text, figure.start);
  return at < 0 ? null : { start: at, end: at + figure.text.length };
}

const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The `index`-th child of the node at `pos` (-1 for the document) and its position. */
function childAt(node: PmNode, pos: number, index: unknown): { node: PmNode; pos: number } | null {
  if (!isIndex(index) || index >= node.childCount) return null;
  let at = pos + 1;
  for (let i = 0; i < index; i++) at += node.child(i).nodeSize;
  return { node: node.child(index), pos: at };
}

/** The textblock a figure's path names, with the rest of the path (inside its inline content). */
function textblockOf(doc: PmNode, kind: 'blocks' | 'inline', at: FieldPath): { node: PmNode; start: number; rest: FieldPath } | null {
  if (kind === 'inline') {
    const only = childAt(doc, -1, 0);
    return only ? { node: only.node, start: only.pos + 1, rest: at } : null;
  }
  const block = childAt(doc, -1, at[0]);
  if (!block) return null;
  if (at[1] === 'content' && block.node.isTextblock) return { node: block.node, start: block.pos + 1, rest: at.slice(2) };
  if (at[1] !== 'rows' || at[3] !== 'cells' || at[5] !== 'paragraphs' || block.node.type.name !== NODE.table) return null;
  const row = childAt(block.node, block.pos, at[2]);
  const cell = row && childAt(row.node, row.pos, at[4]);
  const paragraph = cell && childAt(cell.node, cell.pos, at[6]);
  return paragraph?.node.isTextblock ? { node: paragraph.node, start: paragraph.pos + 1, rest: at.slice(7) } : null;
}

/** The range of a figure in the field's document, or null when its text is no longer where it was. */
export function rangeOfFigure(doc: PmNode, kind: 'blocks' | 'inline', figure: FieldFigure): FigureRange | null {
  const block = textblockOf(doc, kind, figure.at);
  if (!block) return null;
  const [runIndex, key, inner, innerKey] = block.rest;
  const run = isIndex(runIndex) ? runsOf(block.node, block.start)[runIndex] : undefined;
  if (!run) return null;
  if (key === 'text' && block.rest.length === 2 && !run.footnote) {
    const found = locate(run.text, figure);
    return found ? { from: run.from + found.start, to: run.from + found.end, footnote: null, text: figure.text } : null;
  }
  if (key === 'content' && innerKey === 'text' && block.rest.length === 4 && run.footnote && isIndex(inner)) {
    const text = footnoteRunsOf(run.footnote.attrs.content)[inner]?.text ?? '';
    const found = locate(text, figure);
    return found ? { from: run.from, to: run.to, footnote: { run: inner, ...found }, text: figure.text } : null;
  }
  return null;
}

/** The path of the textblock around `pos` relative to the field's value, or null. */
function textblockPath(doc: PmNode, kind: 'blocks' | 'inline', pos: number): { path: FieldPath; node: PmNode; start: number } | null {
  const $pos = doc.resolve(pos);
  const node = $pos.parent;
  if (!node.isTextblock) return null;
  if (kind === 'inline') return $pos.depth === 1 ? { path: [], node, start: $pos.start() } : null;
  if ($pos.depth === 1) return { path: [$pos.index(0), 'content'], node, start: $pos.start() };
  if ($pos.depth === 4 && $pos.node(1).type.name === NODE.table) {
    return { path: [$pos.index(0), 'rows', $pos.index(1), 'cells', $pos.index(2), 'paragraphs', $pos.index(3)], node, start: $pos.start() };
  }
  return null;
}

/** The figure at a range of the field's document, as the path and offsets the value has now; null when it no longer fits one run. */
export function figureOfRange(doc: PmNode, kind: 'blocks' | 'inline', range: FigureRange): FieldFigure | null {
  if (range.from < 0 || range.to > doc.content.size) return null;
  const block = textblockPath(doc, kind, range.from);
  if (!block) return null;
  const runs = runsOf(block.node, block.start);
  if (range.footnote) {
    const run = runs.find((r) => r.from === range.from && r.footnote);
    return run ? { at: [...block.path, run.index, 'content', range.footnote.run, 'text'], start: range.footnote.start, end: range.footnote.end, text: range.text } : null;
  }
  const run = runs.find((r) => !r.footnote && r.from <= range.from && range.to <= r.to);
  if (!run || run.text.slice(range.from - run.from, range.to - run.from) !== range.text) return null;
  return { at: [...block.path, run.index, 'text'], start: range.from - run.from, end: range.to - run.from, text: range.text };
}
