/**
 * Content tables of the model from the neutral model's tables: column widths from the grid (as the
 * simplest weights the layout scales back to the same widths), header rows from w:tblHeader (or a
 * bold first row), column spans, row spans from vertical merges (the covered cells left out, as
 * the model holds them), cell alignment. What the layout gives a cell anyway (bold and centred
 * header rows, left-aligned text) is not stored; what the file sets on the cell or run itself is.
 * A table nested in a cell has no place in the model: its text joins the outer cell's paragraphs.
 * Oversized tables are cut to the model's limits and the cut is reported.
 */
import type { Inline, TableBlock, TableCell } from '../domain/draft-schema';
import { LIST_LIMITS } from '../domain/limits';
import { scaleWidths } from '../layout/table-plan';
import type { DocBlock, DocParagraph, DocTable } from './doc-model';
import { convertInlines, type InlineTally } from './inlines';
import { boldShare, linesOf, paraText } from './text';

/** Paragraphs of a cell's blocks, nested tables read row by row (and counted in `nested`). */
function cellParagraphs(blocks: readonly DocBlock[], nested?: { count: number }): DocParagraph[] {
  const out: DocParagraph[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(b);
    else {
      if (nested) nested.count++;
      for (const row of b.rows) for (const cell of row.cells) if (cell.vMerge !== 'continue') out.push(...cellParagraphs(cell.blocks, nested));
    }
  }
  return out;
}

/** Whether a table is a one-cell box (a framed paragraph, not data). */
export function isSingleCell(table: DocTable): boolean {
  return table.rows.length === 1 && table.rows[0]?.cells.length === 1;
}

/** The paragraphs of every cell, in reading order (for tables read as text). */
export function tableParagraphs(table: DocTable): DocParagraph[] {
  return cellParagraphs([table]);
}

/** Largest sum of weights tried: one decimal for a table of up to 24 columns of width 1. */
const MAX_WEIGHT_SUM = 240;

/**
 * The smallest whole-number weights that the layout (scaleWidths) turns back into exactly these
 * widths, so an exported table keeps the proportions it was given ([1, 6, 2, 3]); the widths
 * themselves when none does (a table drawn in Word).
 */
export function simplestWeights(widths: readonly number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  if (widths.length <= 1 || total <= 0) return widths.map(() => 1);
  for (let sum = widths.length; sum <= MAX_WEIGHT_SUM; sum++) {
    const weights = widths.map((w) => Math.max(1, Math.round((w * sum) / total)));
    const scaled = scaleWidths(weights, total);
    if (scaled.every((w, i) => w === widths[i])) return weights;
  }
  return [...widths];
}

/**
 * The model's empty paragraph, as the editor makes it, with the formatting Word keeps for it on
 * the paragraph mark (bold in a header row only when set on the mark itself).
 */
function emptyParagraph(p?: DocParagraph, header = false): Inline[] {
  const style = p?.markStyle;
  const run: Extract<Inline, { type: 'text' }> = { type: 'text', text: '' };
  if (style && (header ? style.runBold : style.bold)) run.bold = true;
  if (style?.italic) run.italic = true;
  if (style?.underline) run.underline = true;
  return [run];
}

export interface TableOutcome {
  block: TableBlock;
  /** What had to be cut to fit the model, in Vietnamese; empty when nothing. */
  cut: string[];
  mergedCells: number;
  /** Tables found nested in cells (their text joined the cell's). */
  nested: number;
}

/** The model table of `table`. */
export function convertTable(table: DocTable, tally: InlineTally): TableOutcome {
  const cut: string[] = [];
  const maxColumns = LIST_LIMITS.columns.max;
  const spanOf = (n: number) => Math.max(1, Math.min(n, maxColumns));
  const columns = Math.min(maxColumns, Math.max(1, table.grid.length, ...table.rows.map((r) => r.cells.reduce((a, c) => a + c.span, 0))));
  if (Math.max(table.grid.length, ...table.rows.map((r) => r.cells.reduce((a, c) => a + c.span, 0))) > maxColumns) cut.push(`bảng có hơn ${maxColumns} cột: chỉ giữ ${maxColumns} cột đầu`);
  const grid = Array.from({ length: columns }, (_, i) => table.grid[i] ?? 0);
  const widths = grid.every((w) => w > 0) ? simplestWeights(grid) : grid.map(() => 1);

  const rows: TableBlock['rows'] = [];
  /** The cell spanning down from above, by grid column. */
  const open = new Map<number, TableCell>();
  let merged = 0;
  const nested = { count: 0 };
  const rowLimit = LIST_LIMITS.rows.max;
  let headerRows = 0;
  while (headerRows < table.rows.length && table.rows[headerRows]?.header) headerRows++;
  if (headerRows === 0 && table.rows.length > 1) {
    // No repeated header row set: a bold first row is the header.
    const first = table.rows[0];
    const lines = first ? first.cells.flatMap((c) => cellParagraphs(c.blocks)).flatMap(linesOf).filter((l) => l.text.trim()) : [];
    if (lines.length > 0 && lines.every((l) => boldShare(l.pieces) >= 0.8)) headerRows = 1;
  }
  for (const [r, row] of table.rows.entries()) {
    if (r >= rowLimit) {
      cut.push(`bảng có hơn ${rowLimit} hàng: chỉ giữ ${rowLimit} hàng đầu`);
      break;
    }
    const cells: TableCell[] = [];
    let col = Math.min(row.before, columns - 1);
    // The model has no empty start of a row: an empty cell stands in for the skipped columns.
    if (col > 0) cells.push({ paragraphs: [emptyParagraph()], ...(col > 1 ? { colSpan: col } : {}) });
    for (const cell of row.cells) {
      if (col >= columns) break;
      const span = spanOf(Math.min(cell.span, columns - col));
      if (cell.vMerge === 'continue') {
        const above = open.get(col);
        if (above) {
          above.rowSpan = (above.rowSpan ?? 1) + 1;
          col += span;
          continue;
        }
      }
      const paragraphs = cellParagraphs(cell.blocks, nested);
      const header = r < headerRows;
      // Header rows print bold anyway: the bold of their style is the row's, not emphasis.
      const content: Inline[][] = paragraphs.map((p) => {
        const inlines = convertInlines(p.inlines, tally, { ownBoldOnly: header });
        return inlines.length > 0 ? inlines : emptyParagraph(p, header);
      });
      const model: TableCell = { paragraphs: content.length > 0 ? content.slice(0, LIST_LIMITS.cellParagraphs.max) : [emptyParagraph()] };
      if (span > 1) model.colSpan = span;
      const props = (paragraphs.find((p) => paraText(p).trim()) ?? paragraphs[0])?.props;
      // The layout centres header cells and sets the others left: an alignment set on the paragraph is kept, and one from a style that differs from the layout's.
      const align = props?.ownAlign ?? (props && props.align !== (header ? 'center' : 'left') ? props.align : null);
      if (align) model.align = align;
      cells.push(model);
      if (cell.vMerge === 'restart') {
        for (let k = col; k < col + span; k++) open.set(k, model);
        merged++;
      } else for (let k = col; k < col + span; k++) open.delete(k);
      col += span;
    }
    if (cells.length === 0) cells.push({ paragraphs: [emptyParagraph()] });
    rows.push({ cells });
  }
  if (rows.length === 0) rows.push({ cells: [{ paragraphs: [emptyParagraph()] }] });
  return { block: { type: 'table', columnWidths: widths, headerRows: Math.min(headerRows, rows.length), rows }, cut, mergedCells: merged + rows.reduce((n, r) => n + r.cells.filter((c) => (c.colSpan ?? 1) > 1).length, 0), nested: nested.count };
}
