/** A table block ↔ a ProseMirror table node (rows, header cells, spans, relative column widths). */
import type { Inline, TableBlock, TableCell } from '../draft-schema';
import { inlinesToPm, pmToInlines } from './inline-doc';
import { completeWidths, normalizeTable } from './normalize';
import { CELL_ALIGNS, NODE, type CellAlign, type PmCellAttrs, type PmNode } from './pm-json';
import { tableGrid } from './table-grid';

function paragraphNode(content: readonly Inline[]): PmNode {
  const inline = inlinesToPm(content);
  return inline.length > 0 ? { type: NODE.paragraph, content: inline } : { type: NODE.paragraph };
}

/** The table node of a table block; the first `headerRows` rows are made of header cells. */
export function tableToPm(block: TableBlock): PmNode {
  const table = normalizeTable(block);
  const grid = tableGrid(table.rows);
  const rows = table.rows.map((row, r): PmNode => ({
    type: NODE.tableRow,
    content: row.cells.map((cell, i): PmNode => {
      const start = grid.starts[r]?.[i] ?? 0;
      const colspan = cell.colSpan ?? 1;
      const attrs: PmCellAttrs = {
        colspan,
        rowspan: cell.rowSpan ?? 1,
        colwidth: table.columnWidths.slice(start, start + colspan),
        align: cell.align ?? null,
      };
      return {
        type: r < table.headerRows ? NODE.tableHeader : NODE.tableCell,
        attrs: { ...attrs },
        content: cell.paragraphs.map(paragraphNode),
      };
    }),
  }));
  return { type: NODE.table, attrs: { caption: table.caption ?? null }, content: rows };
}

const isCell = (node: PmNode) => node.type === NODE.tableCell || node.type === NODE.tableHeader;

/** Every textblock under a node in reading order; a node with inline children counts as one. */
function textblocksOf(node: PmNode): PmNode[] {
  const children = node.content ?? [];
  if (children.length === 0 || children.some((c) => c.type === NODE.text || c.type === NODE.hardBreak || c.type === NODE.footnote)) {
    return [node];
  }
  return children.flatMap(textblocksOf);
}

function positiveInt(value: unknown, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 1 ? Math.min(value, max) : undefined;
}

function cellOf(node: PmNode): TableCell {
  const blocks = (node.content ?? []).flatMap(textblocksOf);
  const cell: TableCell = { paragraphs: blocks.length > 0 ? blocks.map((b) => pmToInlines(b.content)) : [[]] };
  const colSpan = positiveInt(node.attrs?.colspan, 63);
  const rowSpan = positiveInt(node.attrs?.rowspan, 1000);
  const align = node.attrs?.align;
  if (colSpan) cell.colSpan = colSpan;
  if (rowSpan) cell.rowSpan = rowSpan;
  if (typeof align === 'string' && (CELL_ALIGNS as readonly string[]).includes(align)) cell.align = align as CellAlign;
  return cell;
}

/** The table block of a table node, or null when it has no cells at all. */
export function pmToTable(node: PmNode): TableBlock | null {
  const rowNodes = (node.content ?? [])
    .filter((row) => row.type === NODE.tableRow)
    .map((row) => (row.content ?? []).filter(isCell))
    .filter((cells) => cells.length > 0);
  if (rowNodes.length === 0) return null;
  const rows = rowNodes.map((cells) => ({ cells: cells.map(cellOf) }));
  const grid = tableGrid(rows);
  const widths: number[] = [];
  rowNodes.forEach((cells, r) =>
    cells.forEach((cell, i) => {
      const start = grid.starts[r]?.[i] ?? 0;
      const colwidth = cell.attrs?.colwidth;
      if (!Array.isArray(colwidth)) return;
      colwidth.forEach((w: unknown, j) => {
        if (widths[start + j] === undefined && typeof w === 'number' && Number.isFinite(w) && w > 0) widths[start + j] = w;
      });
    }),
  );
  let headerRows = 0;
  while (headerRows < rowNodes.length && rowNodes[headerRows]?.every((cell) => cell.type === NODE.tableHeader)) headerRows++;
  const caption = node.attrs?.caption;
  const table: TableBlock = {
    type: 'table',
    columnWidths: completeWidths(Array.from({ length: grid.width }, (_, c) => widths[c] ?? 0), grid.width),
    headerRows,
    rows,
  };
  if (typeof caption === 'string') table.caption = caption;
  return normalizeTable(table);
}
