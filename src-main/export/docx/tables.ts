/**
 * Content tables of the plan: fixed column widths, single borders, header rows repeated on every
 * page (tblHeader), rows that never split (cantSplit), column spans (gridSpan) and row spans as
 * a vertical merge (vMerge restart on the spanning cell, continue on the plan's placeholders).
 */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, VerticalMergeType, type IBorderOptions } from 'docx';
import type { TableBlock, TableCellPlan } from '../../shared/layout';
import { TEXT_COLOR } from '../../shared/layout';
import type { BuildContext } from './context';
import { ALIGN, textParagraph } from './paragraph-kit';
import { inlineRuns } from './runs';
import { dxa } from './table-kit';
import { borderEighths } from './units';

/** Paragraph style of table text, defined in build-docx.ts (table size, no indent, no spacing). */
export const TABLE_STYLE = 'BangBieu';

function cell(ctx: BuildContext, table: TableBlock, c: TableCellPlan): TableCell {
  const size = table.font.sizePt;
  return new TableCell({
    width: dxa(c.width),
    ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    ...(c.vMerge === 'restart' ? { verticalMerge: VerticalMergeType.RESTART } : c.vMerge === 'continue' ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
    // Top alignment and left text are the defaults (cell and BangBieu style): written only when
    // different, which keeps tables, half the elements of a long report, small.
    ...(c.verticalAlign === 'center' ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
    children: c.paragraphs.map(
      (content) =>
        new Paragraph({
          style: TABLE_STYLE,
          ...(c.align !== 'left' ? { alignment: ALIGN[c.align] } : {}),
          children: inlineRuns(ctx, content, { sizePt: size, bold: c.bold, styleSizePt: size }),
        }),
    ),
  });
}

/** A content table, with its caption paragraph first when it has one. */
export function contentTable(ctx: BuildContext, table: TableBlock): (Paragraph | Table)[] {
  const border: IBorderOptions = { style: BorderStyle.SINGLE, size: borderEighths(table.borderPt), color: TEXT_COLOR };
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        ...(row.cantSplit ? { cantSplit: true } : {}),
        ...(row.header ? { tableHeader: true } : {}),
        children: row.cells.map((c) => cell(ctx, table, c)),
      }),
  );
  const docxTable = new Table({
    layout: TableLayoutType.FIXED,
    width: dxa(table.width),
    columnWidths: table.columns,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    margins: table.cellPadding,
    rows,
  });
  return table.caption ? [textParagraph(ctx, table.caption), docxTable] : [docxTable];
}
