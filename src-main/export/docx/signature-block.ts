/**
 * The signature area of the plan as a borderless one-row docx table: "Nơi nhận:" and its list
 * on the left, authority lines, own title, the signature gap and the name on the right. The row
 * cannot split and both cells open at the same height, so "Nơi nhận:" sits level with the first
 * authority line; the paragraph before the table keeps with it (the plan sets that).
 */
import { Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable } from 'docx';
import type { Paragraph } from 'docx';
import type { SignaturePlan } from '../../shared/layout';
import type { BuildContext } from './context';
import { textParagraph } from './paragraph-kit';
import { dxa, NO_BORDERS, NO_CELL_BORDERS } from './table-kit';

function column(width: number, margins: { left: number; right: number; top: number }, children: Paragraph[]): TableCell {
  return new TableCell({
    width: dxa(width),
    verticalAlign: VerticalAlignTable.TOP,
    borders: NO_CELL_BORDERS,
    margins: { ...margins, bottom: 0 },
    children,
  });
}

/** The signature table. */
export function signatureBlock(ctx: BuildContext, plan: SignaturePlan): Table {
  const { columns, gapAbove, innerPadding } = plan;
  const left = [textParagraph(ctx, plan.noiNhanLabel), ...plan.recipients.map((r) => textParagraph(ctx, r))];
  const right = [
    ...plan.authority.map((a) => textParagraph(ctx, a)),
    ...(plan.ownTitle ? [textParagraph(ctx, plan.ownTitle)] : []),
    textParagraph(ctx, plan.name),
  ];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: dxa(columns.total),
    columnWidths: [columns.left, columns.right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          column(columns.left, { left: 0, right: innerPadding, top: gapAbove }, left),
          column(columns.right, { left: innerPadding, right: 0, top: gapAbove }, right),
        ],
      }),
    ],
  });
}
