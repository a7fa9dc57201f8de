/**
 * The page-1 header (ô 1–4, docs/layout-rules.md §3–4): a borderless two-column table, agency |
 * quốc hiệu on the first row and Số | place-and-date on the second, so Số and the date share a
 * line even when the agency name wraps. The table runs into both side margins like Mẫu 1.4, and
 * the right column widens when needed so the quốc hiệu never wraps.
 */
import { formatDateLine } from '../domain/dates';
import { formatSoKyHieu } from '../domain/doc-number';
import type { Draft } from '../domain/draft-schema';
import type { Layout } from '../domain/settings-schema';
import {
  HEADER_CELL_PADDING,
  HEADER_OVERHANG,
  HEADER_RIGHT_SHARE,
  NUMBER_ROW_GAP,
  QUOC_HIEU,
  QUOC_HIEU_SLACK,
  SHORT_RULE_RATIO,
  TIEU_NGU,
} from './constants';
import { capsLines, type CapsLines } from './caps';
import { font, rule, textLines } from './lines';
import { circulationFrames, draftFrames, stampFrames } from './marks-plan';
import type { HeaderColumns, HeaderPlan, PageGeometry } from './plan-types';
import type { SizeSet } from './sizes';
import { balancedLines, textWidthTwips } from './text-width';

/** Column widths of the header table: about 40/60, the right one wide enough for the quốc hiệu. */
export function headerColumns(page: PageGeometry, sizes: SizeSet): HeaderColumns {
  const total = page.textWidth + 2 * HEADER_OVERHANG;
  const needed = Math.ceil(textWidthTwips(QUOC_HIEU, sizes.quocHieu, 'bold') * QUOC_HIEU_SLACK) + 2 * HEADER_CELL_PADDING;
  const right = Math.max(Math.round(total * HEADER_RIGHT_SHARE), needed);
  const left = total - right;
  return {
    left,
    right,
    total,
    indent: -HEADER_OVERHANG,
    cellPadding: HEADER_CELL_PADDING,
    leftContent: left - 2 * HEADER_CELL_PADDING,
    rightContent: right - 2 * HEADER_CELL_PADDING,
  };
}

/** The agency lines in capitals, balanced in the left column (a chosen "\n" is kept). */
export function agencyLines(name: string, sizePt: number, bold: boolean, width: number): CapsLines {
  return capsLines(name, (printed) => balancedLines(printed, sizePt, bold ? 'bold' : 'regular', width));
}

/** The header of page 1. */
export function planHeader(draft: Draft, layout: Layout, page: PageGeometry, sizes: SizeSet): HeaderPlan {
  const columns = headerColumns(page, sizes);
  const { leftContent, rightContent } = columns;
  const parent = agencyLines(draft.header.parentAgency, sizes.parentAgency, false, leftContent);
  const issuing = agencyLines(draft.header.issuingAgency, sizes.issuingAgency, true, leftContent);
  const longestIssuing = Math.max(0, ...issuing.lines.map((l) => textWidthTwips(l, sizes.issuingAgency, 'bold')));
  return {
    columns,
    topLeft: draftFrames(draft.marks, sizes),
    topRight: circulationFrames(draft.marks, sizes),
    parentAgency: parent.lines.length > 0 ? textLines(parent, font(sizes.parentAgency)) : null,
    issuingAgency: textLines(issuing, font(sizes.issuingAgency, true)),
    // NĐ30: 1/3 to 1/2 of the agency line.
    agencyRule: rule(longestIssuing * SHORT_RULE_RATIO, leftContent, layout.ruleWeightPt),
    quocHieu: textLines([QUOC_HIEU], font(sizes.quocHieu, true)),
    tieuNgu: textLines([TIEU_NGU], font(sizes.tieuNgu, true)),
    // NĐ30: as long as the tiêu ngữ.
    tieuNguRule: rule(textWidthTwips(TIEU_NGU, sizes.tieuNgu, 'bold'), rightContent, layout.ruleWeightPt),
    number: textLines([formatSoKyHieu(draft.header)], font(sizes.soKyHieu), { spaceBefore: NUMBER_ROW_GAP }),
    date: textLines([formatDateLine(draft.header.place, draft.header.date)], font(sizes.dateLine, false, true), { spaceBefore: NUMBER_ROW_GAP }),
    stamps: stampFrames(draft.marks, sizes),
  };
}
