/**
 * The page-1 header (ô 1–4, spec §4): a borderless 2-column table, agency | quốc hiệu on the
 * first row and Số | place-and-date on the second, so Số and the date share a line even when the
 * agency name wraps. The table runs 3.5 mm into both side margins like Mẫu 1.4, and the right
 * column is widened when needed so the quốc hiệu never wraps (spec §3.3 trap).
 */
import { Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type Paragraph } from 'docx';
import { formatDateLine } from '../../shared/domain/dates';
import { formatSoKyHieu } from '../../shared/domain/doc-number';
import type { Draft } from '../../shared/domain/draft-schema';
import type { BuildContext } from './context';
import { circulationMark, draftMark, stampsBelowNumber } from './marks';
import { centred, ruleParagraph, spacerParagraph } from './paragraph-kit';
import { textRuns } from './runs';
import { dxa, NO_BORDERS, NO_CELL_BORDERS } from './table-kit';
import { balanceLines, longestLineTwips, textWidthTwips } from './text-width';
import { mmToTwips } from './units';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Hyphen-minus with a space on each side, never an en dash (spec §4.2). */
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** How far the header table runs into each side margin (Mẫu 1.4: −3.5 mm indent). */
export const HEADER_OVERHANG = mmToTwips(3.5);
/** Cell padding of the header table (Mẫu 1.4: 1.5 mm), smaller than Word's default 1.9 mm. */
export const HEADER_CELL_PADDING = mmToTwips(1.5);
/** Share of the agency rule in the agency line (NĐ30: 1/3 to 1/2). */
export const AGENCY_RULE_RATIO = 0.4;
/** Space above the Số and date row. */
const NUMBER_ROW_GAP = 100;

export interface HeaderColumns {
  left: number;
  right: number;
  /** Total width and indent (negative: into the left margin). */
  total: number;
  indent: number;
}

/** Column widths of the header table: about 40/60, the right one wide enough for the quốc hiệu. */
export function headerColumns(ctx: BuildContext): HeaderColumns {
  const total = ctx.geometry.textWidth + 2 * HEADER_OVERHANG;
  // 3 % slack for kerning and renderer rounding, plus both paddings.
  const needed = Math.ceil(textWidthTwips(QUOC_HIEU, ctx.sizes.quocHieu, 'bold') * 1.03) + 2 * HEADER_CELL_PADDING;
  const right = Math.max(Math.round(total * 0.6), needed);
  return { left: total - right, right, total, indent: -HEADER_OVERHANG };
}

function cell(width: number, children: (Paragraph | Table)[]): TableCell {
  return new TableCell({
    width: dxa(width),
    verticalAlign: VerticalAlignTable.TOP,
    borders: NO_CELL_BORDERS,
    children: children.length > 0 ? children : [spacerParagraph()],
  });
}

function agencyBlock(ctx: BuildContext, draft: Draft, contentWidth: number): Paragraph[] {
  const { sizes } = ctx;
  const out: Paragraph[] = [];
  const parent = balanceLines(ctx.clean(draft.header.parentAgency).trim().toLocaleUpperCase('vi'), sizes.parentAgency, 'regular', contentWidth);
  if (parent) out.push(centred(textRuns(ctx, parent, { sizePt: sizes.parentAgency })));
  const issuing = balanceLines(ctx.clean(draft.header.issuingAgency).trim().toLocaleUpperCase('vi'), sizes.issuingAgency, 'bold', contentWidth);
  out.push(centred(textRuns(ctx, issuing, { sizePt: sizes.issuingAgency, bold: true })));
  const line = longestLineTwips(issuing, sizes.issuingAgency, 'bold', contentWidth);
  out.push(ruleParagraph(ctx, line * AGENCY_RULE_RATIO, contentWidth));
  return out;
}

function nationalBlock(ctx: BuildContext, contentWidth: number): Paragraph[] {
  const { sizes } = ctx;
  return [
    centred(textRuns(ctx, QUOC_HIEU, { sizePt: sizes.quocHieu, bold: true })),
    centred(textRuns(ctx, TIEU_NGU, { sizePt: sizes.tieuNgu, bold: true })),
    // NĐ30: the rule under the tiêu ngữ is as long as the tiêu ngữ.
    ruleParagraph(ctx, textWidthTwips(TIEU_NGU, sizes.tieuNgu, 'bold'), contentWidth),
  ];
}

/** The header table of page 1. */
export function headerBlock(ctx: BuildContext, draft: Draft): Table {
  const cols = headerColumns(ctx);
  const leftContent = cols.left - 2 * HEADER_CELL_PADDING;
  const rightContent = cols.right - 2 * HEADER_CELL_PADDING;
  const { sizes } = ctx;
  const rows: TableRow[] = [];

  const topLeft = draftMark(ctx, draft.marks);
  const topRight = circulationMark(ctx, draft.marks);
  if (topLeft.length > 0 || topRight.length > 0) {
    rows.push(new TableRow({ cantSplit: true, children: [cell(cols.left, topLeft), cell(cols.right, topRight)] }));
  }

  rows.push(
    new TableRow({
      cantSplit: true,
      children: [cell(cols.left, agencyBlock(ctx, draft, leftContent)), cell(cols.right, nationalBlock(ctx, rightContent))],
    }),
  );

  const soLine = formatSoKyHieu(draft.header);
  const dateLine = formatDateLine(ctx.clean(draft.header.place), draft.header.date);
  rows.push(
    new TableRow({
      cantSplit: true,
      children: [
        cell(cols.left, [
          centred(textRuns(ctx, soLine, { sizePt: sizes.soKyHieu }), { before: NUMBER_ROW_GAP }),
          ...stampsBelowNumber(ctx, draft.marks),
        ]),
        cell(cols.right, [centred(textRuns(ctx, dateLine, { sizePt: sizes.dateLine, italics: true }), { before: NUMBER_ROW_GAP })]),
      ],
    }),
  );

  return new Table({
    layout: TableLayoutType.FIXED,
    width: dxa(cols.total),
    indent: { size: cols.indent, type: WidthType.DXA },
    columnWidths: [cols.left, cols.right],
    borders: NO_BORDERS,
    margins: { left: HEADER_CELL_PADDING, right: HEADER_CELL_PADDING, top: 0, bottom: 0 },
    rows,
  });
}
