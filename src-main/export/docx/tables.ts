/**
 * Content tables of the plan: fixed column widths, single borders, header rows repeated on every
 * page (tblHeader), rows that never split (cantSplit), column spans (gridSpan) and row spans as
 * a vertical merge (vMerge restart on the spanning cell, continue on the plan's placeholders).
 */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, UnderlineType, VerticalAlignTable, VerticalMergeType, type IBorderOptions } from 'docx';
import type { PlanInline, TableBlock, TableCellPlan } from '../../shared/layout';
import { TEXT_COLOR } from '../../shared/layout';
import type { BuildContext } from './context';
import { ALIGN, textParagraph } from './paragraph-kit';
import { inlineRuns } from './runs';
import { dxa } from './table-kit';
import { borderEighths } from './units';

/** Paragraph style of table text, defined in build-docx.ts (table size, no indent, no spacing). */
export const TABLE_STYLE = 'BangBieu';
/**
 * Paragraph style of header-row text: BangBieu, bold and centred. What the layout gives header
 * cells lives in the style and what the draft gives (a bold run, a cell's alignment) is written
 * on the run or paragraph, as Word itself keeps them apart; the importer reads them back apart.
 */
export const TABLE_HEADER_STYLE = 'BangBieuTieuDe';

/** The formatting of an empty paragraph (only empty text runs), or null when it has text or none. */
function emptyMark(content: readonly PlanInline[]): { bold?: true; italics?: true; underline?: { type: typeof UnderlineType.SINGLE } } | null {
  const [first] = content;
  if (first?.type !== 'text' || content.some((r) => r.type !== 'text' || r.text !== '')) return null;
  if (!first.bold && !first.italic && !first.underline) return null;
  return { ...(first.bold ? { bold: true } : {}), ...(first.italic ? { italics: true } : {}), ...(first.underline ? { underline: { type: UnderlineType.SINGLE } } : {}) };
}

function cell(ctx: BuildContext, table: TableBlock, c: TableCellPlan): TableCell {
  const size = table.font.sizePt;
  return new TableCell({
    width: dxa(c.width),
    ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    ...(c.vMerge === 'restart' ? { verticalMerge: VerticalMergeType.RESTART } : c.vMerge === 'continue' ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
    // Top alignment and the layout's alignment are the defaults (cell and paragraph style):
    // written only when different, which keeps tables, half the elements of a long report, small.
    ...(c.verticalAlign === 'center' ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
    children: c.paragraphs.map((content) => {
      const mark = emptyMark(content);
      return new Paragraph({
        style: c.bold ? TABLE_HEADER_STYLE : TABLE_STYLE,
        ...(c.alignSet ? { alignment: ALIGN[c.align] } : {}),
        // An empty paragraph keeps its formatting on its mark, as Word does.
        ...(mark ? { run: mark, children: [] } : { children: inlineRuns(ctx, content, { sizePt: size, styleSizePt: size }) }),
      });
    }),
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
