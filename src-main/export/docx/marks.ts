/** Optional marks of spec §14: urgency, secrecy, circulation, the address line, and "DỰ THẢO". */
import { AlignmentType, BorderStyle, Footer, Paragraph, type Table } from 'docx';
import type { Marks } from '../../shared/domain/draft-schema';
import type { BuildContext } from './context';
import { spacerParagraph, TIGHT } from './paragraph-kit';
import { textRuns } from './runs';
import { FRAME_PADDING, frameTable, frameWidthFor, STAMP_RED } from './table-kit';
import { textWidthTwips } from './text-width';
import { borderEighths, mmToTwips } from './units';

/** Frame widths NĐ30 gives for the urgency stamps (Phụ lục I III.2). */
const URGENCY_WIDTH_MM: Record<Exclude<Marks['urgency'], ''>, number> = {
  KHẨN: 20,
  'THƯỢNG KHẨN': 40,
  'HỎA TỐC': 30,
};

export const DRAFT_MARK_TEXT = 'DỰ THẢO';

/** Space between stacked marks. */
const GAP = 80;
/** Space between the top-row frames and the agency / quốc hiệu lines. */
const TOP_GAP = 160;

/** The secrecy and urgency stamps for the left column under "Số" (ô 10a above ô 10b). */
export function stampsBelowNumber(ctx: BuildContext, marks: Marks): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const size = ctx.sizes.mark;
  if (marks.secrecy) {
    out.push(spacerParagraph(GAP));
    out.push(frameTable(ctx, marks.secrecy, { width: frameWidthFor(marks.secrecy, size), color: STAMP_RED, sizePt: size }));
  }
  if (marks.urgency) {
    // NĐ30's own frame size, unless the text would not fit inside it (1 mm padding each side).
    const fit = textWidthTwips(marks.urgency, size, 'bold') + 2 * FRAME_PADDING + 60;
    const width = Math.max(mmToTwips(URGENCY_WIDTH_MM[marks.urgency]), fit);
    out.push(spacerParagraph(GAP));
    out.push(frameTable(ctx, marks.urgency, { width, color: STAMP_RED, sizePt: size }));
  }
  // A table cell must end with a paragraph, and this one keeps the frames apart from the next row.
  if (out.length > 0) out.push(spacerParagraph(GAP));
  return out;
}

/** The circulation frame (ô 11) shown above the quốc hiệu; empty when not set. */
export function circulationMark(ctx: BuildContext, marks: Marks): (Paragraph | Table)[] {
  if (!marks.circulation) return [];
  const size = ctx.sizes.mark;
  return [
    frameTable(ctx, marks.circulation, { width: frameWidthFor(marks.circulation, size), color: '000000', sizePt: size }),
    spacerParagraph(TOP_GAP),
  ];
}

/** The framed "DỰ THẢO" mark at the top left of page 1; empty unless marks.draftMark. */
export function draftMark(ctx: BuildContext, marks: Marks): (Paragraph | Table)[] {
  if (!marks.draftMark) return [];
  const size = ctx.sizes.mark;
  return [
    frameTable(ctx, DRAFT_MARK_TEXT, { width: frameWidthFor(DRAFT_MARK_TEXT, size), color: '000000', sizePt: size }),
    spacerParagraph(TOP_GAP),
  ];
}

/** The page-1 footer with ô 13 (address, phone, email, website) under a full-width rule; null when empty. */
export function addressFooter(ctx: BuildContext, marks: Marks): Footer | null {
  if (!marks.addressLine.trim()) return null;
  return new Footer({
    children: [
      new Paragraph({
        ...TIGHT,
        alignment: AlignmentType.CENTER,
        border: {
          top: { style: BorderStyle.SINGLE, size: borderEighths(ctx.layout.ruleWeightPt), color: '000000', space: 2 },
        },
        children: textRuns(ctx, marks.addressLine.trim(), { sizePt: ctx.sizes.addressLine }),
      }),
    ],
  });
}
