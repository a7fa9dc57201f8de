/**
 * Content tables: relative column widths scaled to the text width, header rows repeated on every
 * page, rows never split, column spans clamped to the grid and row spans laid out as a vertical
 * merge (the covered rows get 'continue' placeholders, so both outputs read the same grid).
 */
import type { TableBlock as TableModel, TableCell } from '../domain/draft-schema';
import { CAPTION_AFTER, CAPTION_BEFORE, TABLE_BORDER_PT, TABLE_CELL_PADDING } from './constants';
import { type FootnoteCounter, planInlines } from './inline-plan';
import { font, textLines } from './lines';
import type { TableBlock, TableCellPlan, TableRowPlan } from './plan-blocks';
import type { SizeSet } from './sizes';

/** Relative widths scaled to `total` twips; the last column absorbs the rounding. */
export function scaleWidths(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  const widths = relative.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

/** A cell spanning rows, seen from the rows below it. */
interface Cover {
  until: number;
  restart: TableCellPlan;
}

const sum = (widths: readonly number[], from: number, span: number): number => widths.slice(from, from + span).reduce((a, b) => a + b, 0);

/** The plan of a content table; `gapBefore`/`gapIsOwn` are set by the caller, who knows the block above. */
export function planTable(block: TableModel, textWidth: number, sizes: SizeSet, counter: FootnoteCounter): TableBlock {
  const columns = scaleWidths(block.columnWidths, textWidth);
  const count = columns.length;
  const headerRows = Math.min(block.headerRows, block.rows.length);
  const covers: (Cover | undefined)[] = new Array<Cover | undefined>(count).fill(undefined);

  const rows: TableRowPlan[] = block.rows.map((row, r) => {
    const header = r < headerRows;
    const cells: TableCellPlan[] = [];
    let col = 0;
    const coverAt = (c: number): Cover | undefined => {
      const cover = covers[c];
      return cover && cover.until >= r ? cover : undefined;
    };
    const skipCovered = (): void => {
      for (let cover = coverAt(col); cover && col < count; cover = coverAt(col)) {
        const { restart } = cover;
        cells.push({ ...restart, vMerge: 'continue', rowSpan: 1, paragraphs: [[]] });
        col += restart.colSpan;
      }
    };
    const place = (model: TableCell | null): void => {
      skipCovered();
      if (col >= count) return;
      // A span stops at the grid's edge and at a cell spanning down from a row above.
      let span = 1;
      const wanted = model?.colSpan ?? 1;
      while (span < wanted && col + span < count && !coverAt(col + span)) span += 1;
      const rowSpan = Math.max(1, Math.min(model?.rowSpan ?? 1, block.rows.length - r));
      const align = model?.align ?? (header ? 'center' : 'left');
      const cell: TableCellPlan = {
        column: col,
        colSpan: span,
        rowSpan,
        vMerge: rowSpan > 1 ? 'restart' : null,
        width: sum(columns, col, span),
        align,
        alignSet: model?.align !== undefined,
        verticalAlign: header || rowSpan > 1 ? 'center' : 'top',
        paragraphs: model ? model.paragraphs.map((p) => planInlines(p, counter)) : [[]],
        bold: header,
      };
      cells.push(cell);
      if (rowSpan > 1) for (let k = col; k < col + span; k++) covers[k] = { until: r + rowSpan - 1, restart: cell };
      col += span;
    };
    for (const model of row.cells) {
      skipCovered();
      if (col >= count) break;
      place(model);
    }
    while (col < count) {
      skipCovered();
      if (col < count) place(null);
    }
    return { header, cantSplit: true, cells };
  });

  const caption = block.caption?.trim();
  return {
    kind: 'table',
    caption: caption
      ? textLines([caption], font(sizes.body, true), { spaceBefore: CAPTION_BEFORE, spaceAfter: CAPTION_AFTER, keepWithNext: true })
      : null,
    gapBefore: 0,
    gapIsOwn: false,
    columns,
    width: columns.reduce((a, b) => a + b, 0),
    headerRows,
    rows,
    font: font(sizes.table),
    cellPadding: { ...TABLE_CELL_PADDING },
    borderPt: TABLE_BORDER_PT,
  };
}
