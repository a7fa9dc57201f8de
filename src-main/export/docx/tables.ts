/**
 * Content tables: explicit column widths scaled to the text width, single borders, header rows
 * repeated on every page (tblHeader) and no row split across pages (cantSplit).
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  type IBorderOptions,
} from 'docx';
import type { TableBlock, TableCell as CellModel } from '../../shared/domain/draft-schema';
import type { BuildContext } from './context';
import { TIGHT } from './paragraph-kit';
import { inlineRuns, textRuns } from './runs';
import { dxa } from './table-kit';
import { borderEighths } from './units';

/** Paragraph style of table text, defined in build-docx.ts (table size, no indent, no spacing). */
export const TABLE_STYLE = 'BangBieu';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** Relative widths scaled to `total` twips; the last column absorbs the rounding. */
export function scaleWidths(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  const widths = relative.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

/** Cells of a row fitted to the grid: spans clamped, missing cells added empty. */
function fitRow(cells: readonly CellModel[], columns: number): CellModel[] {
  const out: CellModel[] = [];
  let used = 0;
  for (const c of cells) {
    if (used >= columns) break;
    const span = Math.min(c.colSpan ?? 1, columns - used);
    out.push((c.colSpan ?? 1) === span ? c : { ...c, colSpan: span });
    used += span;
  }
  while (used < columns) {
    out.push({ paragraphs: [[]], colSpan: 1 });
    used += 1;
  }
  return out;
}

/** A caption paragraph kept with its table. */
function caption(ctx: BuildContext, text: string): Paragraph {
  return new Paragraph({
    ...TIGHT,
    alignment: AlignmentType.CENTER,
    spacing: { ...TIGHT.spacing, before: 120, after: 60 },
    keepNext: true,
    children: textRuns(ctx, text, { sizePt: ctx.sizes.body, bold: true }),
  });
}

/** A content table, with its caption paragraph first when it has one. */
export function contentTable(ctx: BuildContext, block: TableBlock): (Paragraph | Table)[] {
  const columns = block.columnWidths.length;
  const widths = scaleWidths(block.columnWidths, ctx.geometry.textWidth);
  const border: IBorderOptions = { style: BorderStyle.SINGLE, size: borderEighths(0.5), color: '000000' };
  const size = ctx.sizes.table;
  const headerRows = Math.min(block.headerRows, block.rows.length);

  const rows = block.rows.map((row, r) => {
    const isHeader = r < headerRows;
    let col = 0;
    const cells = fitRow(row.cells, columns).map((c) => {
      const span = c.colSpan ?? 1;
      let width = 0;
      for (let k = col; k < col + span; k++) width += widths[k] ?? 0;
      col += span;
      const alignment = c.align ? ALIGN[c.align] : isHeader ? AlignmentType.CENTER : AlignmentType.LEFT;
      return new TableCell({
        width: dxa(width),
        ...(span > 1 ? { columnSpan: span } : {}),
        // Top alignment and left text are the defaults (cell and BangBieu style): written only when
        // different, which keeps tables, half the elements of a long report, small.
        ...(isHeader ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
        children: c.paragraphs.map(
          (content) =>
            new Paragraph({
              style: TABLE_STYLE,
              ...(alignment !== AlignmentType.LEFT ? { alignment } : {}),
              children: inlineRuns(ctx, content, { sizePt: size, bold: isHeader, styleSizePt: size }),
            }),
        ),
      });
    });
    return new TableRow({ cantSplit: true, ...(isHeader ? { tableHeader: true } : {}), children: cells });
  });

  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: dxa(widths.reduce((a, b) => a + b, 0)),
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    margins: { left: 85, right: 85, top: 40, bottom: 40 },
    rows,
  });
  return block.caption?.trim() ? [caption(ctx, block.caption.trim()), table] : [table];
}
