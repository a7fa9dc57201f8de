/**
 * The page-1 header of the plan (docs/layout-rules.md §3–4) as a borderless docx table: agency |
 * quốc hiệu on the first row, Số | place-and-date on the second, the optional marks row above.
 */
import { Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type Paragraph } from 'docx';
import type { HeaderPlan } from '../../shared/layout';
import type { BuildContext } from './context';
import { frames } from './marks';
import { ruleParagraph, spacerParagraph, textParagraph } from './paragraph-kit';
import { dxa, NO_BORDERS, NO_CELL_BORDERS } from './table-kit';

function cell(width: number, children: (Paragraph | Table)[]): TableCell {
  return new TableCell({
    width: dxa(width),
    verticalAlign: VerticalAlignTable.TOP,
    borders: NO_CELL_BORDERS,
    children: children.length > 0 ? children : [spacerParagraph()],
  });
}

/** The header table of page 1. */
export function headerBlock(ctx: BuildContext, header: HeaderPlan): Table {
  const { columns: cols } = header;
  const rows: TableRow[] = [];
  if (header.topLeft.length > 0 || header.topRight.length > 0) {
    rows.push(new TableRow({ cantSplit: true, children: [cell(cols.left, frames(ctx, header.topLeft)), cell(cols.right, frames(ctx, header.topRight))] }));
  }
  const agency = [
    ...(header.parentAgency ? [textParagraph(ctx, header.parentAgency)] : []),
    textParagraph(ctx, header.issuingAgency),
    ruleParagraph(header.agencyRule),
  ];
  const national = [textParagraph(ctx, header.quocHieu), textParagraph(ctx, header.tieuNgu), ruleParagraph(header.tieuNguRule)];
  rows.push(new TableRow({ cantSplit: true, children: [cell(cols.left, agency), cell(cols.right, national)] }));
  rows.push(
    new TableRow({
      cantSplit: true,
      children: [cell(cols.left, [textParagraph(ctx, header.number), ...frames(ctx, header.stamps)]), cell(cols.right, [textParagraph(ctx, header.date)])],
    }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: dxa(cols.total),
    indent: { size: cols.indent, type: WidthType.DXA },
    columnWidths: [cols.left, cols.right],
    borders: NO_BORDERS,
    margins: { left: cols.cellPadding, right: cols.cellPadding, top: 0, bottom: 0 },
    rows,
  });
}
