/**
 * The blocks of one zone of the document (the header, the signature) as printed lines in reading
 * order, each knowing which side of the page it stands on: the column of a layout table (from
 * its grid, so a 3-column table with an empty middle reads as left | right), or the column a
 * tab or a long run of spaces sets it in, or the side its alignment puts it.
 */
import type { DocBlock, DocCell, DocParagraph, DocTable } from './doc-model';
import { columnsOf, linesOf, type Line } from './text';

export type Side = 'left' | 'right' | 'any';

export interface ZoneLine extends Line {
  side: Side;
  /** Index of the top-level block the line comes from. */
  top: number;
  /** Whether it is in a table cell (a layout table of the header or signature). */
  inTable: boolean;
  /** Grid column where its cell starts (0 outside tables). */
  cellColumn: number;
  /** Row of the outermost table the line is in (0 outside tables). */
  row: number;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Column start of each cell of a row, from the grid. */
function cellStarts(cells: readonly DocCell[], before = 0): number[] {
  const starts: number[] = [];
  let at = before;
  for (const cell of cells) {
    starts.push(at);
    at += cell.span;
  }
  return starts;
}

function sideOfCell(table: DocTable, start: number, span: number): Side {
  const grid = table.grid.length > 0 ? table.grid : [1];
  const columns = Math.max(grid.length, ...table.rows.map((r) => sum(r.cells.map((c) => c.span))));
  if (columns <= 1) return 'any';
  const widths = Array.from({ length: columns }, (_, i) => grid[i] ?? grid[grid.length - 1] ?? 1);
  const total = sum(widths);
  const x0 = sum(widths.slice(0, start));
  const x1 = x0 + sum(widths.slice(start, start + span));
  if (x1 - x0 >= total * 0.9) return 'any';
  return (x0 + x1) / 2 < total / 2 ? 'left' : 'right';
}

function paragraphLines(p: DocParagraph, top: number, textWidth: number, out: ZoneLine[], inherited: Side | null, cell: { column: number; row: number } | null): void {
  for (const line of linesOf(p)) {
    const columns = inherited === null ? columnsOf(line) : [line];
    columns.forEach((col, i) => {
      let side: Side = inherited ?? 'any';
      if (inherited === null) {
        if (columns.length >= 2) side = i === 0 ? 'left' : i === columns.length - 1 ? 'right' : 'any';
        else if (p.props.align === 'right' || p.props.indentLeft >= textWidth * 0.4) side = 'right';
        else if (p.props.align === 'center' && p.props.indentLeft - p.props.indentRight >= textWidth * 0.25) side = 'right';
        else if (p.props.align === 'center' && p.props.indentRight - p.props.indentLeft >= textWidth * 0.25) side = 'left';
      }
      out.push({ ...col, side, top, inTable: cell !== null, cellColumn: cell?.column ?? 0, row: cell?.row ?? 0 });
    });
  }
}

function tableLines(table: DocTable, top: number, textWidth: number, out: ZoneLine[], inherited: Side | null, outerRow: number | null): void {
  table.rows.forEach((row, r) => {
    const starts = cellStarts(row.cells, row.before);
    row.cells.forEach((cell, c) => {
      if (cell.vMerge === 'continue') return;
      const own = sideOfCell(table, starts[c] ?? 0, cell.span);
      const side = inherited !== null && inherited !== 'any' ? inherited : own;
      for (const block of cell.blocks) {
        if (block.kind === 'paragraph') paragraphLines(block, top, textWidth, out, side, { column: starts[c] ?? 0, row: outerRow ?? r });
        else tableLines(block, top, textWidth, out, side === 'any' ? null : side, outerRow ?? r);
      }
    });
  });
}

/** The lines of `blocks[from, to)`, in reading order. */
export function zoneLines(blocks: readonly DocBlock[], from: number, to: number, textWidth: number): ZoneLine[] {
  const out: ZoneLine[] = [];
  for (let i = from; i < Math.min(to, blocks.length); i++) {
    const block = blocks[i];
    if (!block) continue;
    if (block.kind === 'paragraph') {
      paragraphLines(block, i, textWidth, out, null, null);
      for (const box of block.floating) for (const p of box) paragraphLines(p, i, textWidth, out, null, null);
    } else tableLines(block, i, textWidth, out, null, null);
  }
  return out;
}
