/**
 * The canonical form of inline and block content: what the editor produces and what a round
 * trip through it preserves. Text is NFC and holds only characters the export can carry; runs
 * are never empty and neighbours with the same formatting are one run; flags are `true` or
 * absent; a footnote has text; a table's grid is complete.
 */
import type { Block, FootnoteRun, Inline, TableBlock, TableCell, TextRun } from '../draft-schema';
import { sanitizeText } from '../sanitize-text';
import { MARKS } from './pm-json';
import { tableGrid } from './table-grid';

/** Text as the export can carry it: NFC, forbidden characters removed, line endings folded. */
export function cleanText(text: string): string {
  return sanitizeText(text).text;
}

function sameMarks(a: TextRun, b: TextRun): boolean {
  return MARKS.every((mark) => Boolean(a[mark]) === Boolean(b[mark]));
}

function canonicalRun(text: string, flags: Partial<Record<(typeof MARKS)[number], unknown>>): TextRun {
  const run: TextRun = { type: 'text', text };
  for (const mark of MARKS) if (flags[mark] === true) run[mark] = true;
  return run;
}

/** Text runs in canonical form: cleaned, empty ones dropped, equal neighbours merged. */
export function normalizeTextRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const text = cleanText(run.text);
    if (text === '') continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last, run)) last.text = (last.text + text).normalize('NFC');
    else out.push(canonicalRun(text, run));
  }
  return out;
}

/** Inline content in canonical form; a footnote left without text is dropped. */
export function normalizeInlines(content: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  let pending: TextRun[] = [];
  const flush = () => {
    out.push(...normalizeTextRuns(pending));
    pending = [];
  };
  for (const run of content) {
    if (run.type === 'text') {
      pending.push(run);
      continue;
    }
    flush();
    const footnote: FootnoteRun = { type: 'footnote', content: normalizeTextRuns(run.content) };
    if (footnote.content.length > 0) out.push(footnote);
  }
  flush();
  return out;
}

function normalizeCell(cell: TableCell, rowsBelow: number): TableCell {
  const paragraphs = cell.paragraphs.map(normalizeInlines);
  const out: TableCell = { paragraphs: paragraphs.length > 0 ? paragraphs : [[]] };
  if (cell.colSpan !== undefined && cell.colSpan > 1) out.colSpan = cell.colSpan;
  const rowSpan = Math.min(cell.rowSpan ?? 1, rowsBelow);
  if (rowSpan > 1) out.rowSpan = rowSpan;
  if (cell.align) out.align = cell.align;
  return out;
}

/** Relative widths for `count` columns: missing or unusable ones get the mean of the others. */
export function completeWidths(widths: readonly number[], count: number): number[] {
  const usable = widths.slice(0, count).filter((w) => Number.isFinite(w) && w > 0);
  const mean = usable.length > 0 ? usable.reduce((a, b) => a + b, 0) / usable.length : 1;
  return Array.from({ length: count }, (_, i) => {
    const w = widths[i];
    return w !== undefined && Number.isFinite(w) && w > 0 ? w : mean;
  });
}

/** A table in canonical form: spans within the table, rows filled to the full width, widths for every column. */
export function normalizeTable(table: TableBlock): TableBlock {
  const rows = table.rows.map((row, r) => ({
    cells: row.cells.map((cell) => normalizeCell(cell, table.rows.length - r)),
  }));
  const grid = tableGrid(rows);
  rows.forEach((row, r) => {
    for (let missing = grid.width - (grid.filled[r] ?? 0); missing > 0; missing--) row.cells.push({ paragraphs: [[]] });
  });
  const out: TableBlock = {
    type: 'table',
    columnWidths: completeWidths(table.columnWidths, Math.max(grid.width, 1)),
    headerRows: Math.max(0, Math.min(table.headerRows ?? 1, rows.length)),
    rows,
  };
  const caption = table.caption === undefined ? '' : cleanText(table.caption);
  if (caption !== '') out.caption = caption;
  return out;
}

/** One block in canonical form. */
export function normalizeBlock(block: Block): Block {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', content: normalizeInlines(block.content) };
    case 'bullet':
      return { type: 'bullet', marker: block.marker === '+' ? '+' : '-', content: normalizeInlines(block.content) };
    case 'table':
      return normalizeTable(block);
  }
}

/** Whether a block is a paragraph without any content. */
export function isEmptyParagraph(block: Block): boolean {
  return block.type === 'paragraph' && block.content.length === 0;
}

/**
 * Blocks in canonical form. A field holding one empty paragraph is an empty field: the editor
 * always shows one paragraph to type in, and that paragraph alone stores as `[]`.
 */
export function normalizeBlocks(blocks: readonly Block[]): Block[] {
  const out = blocks.map(normalizeBlock);
  const only = out[0];
  return out.length === 1 && only && isEmptyParagraph(only) ? [] : out;
}

/** Inline contents as one, a space between each two that are not empty. */
export function joinInlines(parts: readonly (readonly Inline[])[]): Inline[] {
  const out: Inline[] = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    if (out.length > 0) out.push({ type: 'text', text: ' ' });
    out.push(...part);
  }
  return normalizeInlines(out);
}
