/** The framed marks of the plan (docs/layout-rules.md §14) as docx tables, and the ô 13 footer. */
import { AlignmentType, BorderStyle, Footer, Paragraph, type Table } from 'docx';
import type { FramePlan, PagePlan } from '../../shared/layout';
import { TEXT_COLOR } from '../../shared/layout';
import type { BuildContext } from './context';
import { spacerParagraph, TIGHT } from './paragraph-kit';
import { lineRuns, styleOf } from './runs';
import { frameTable } from './table-kit';
import { borderEighths } from './units';

/** Frames stacked with their spacing; a cell holding them still ends with a paragraph. */
export function frames(ctx: BuildContext, list: readonly FramePlan[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const frame of list) {
    if (frame.spaceBefore > 0) out.push(spacerParagraph(frame.spaceBefore));
    out.push(frameTable(ctx, frame));
    if (frame.spaceAfter > 0) out.push(spacerParagraph(frame.spaceAfter));
  }
  return out;
}

/** The page-1 footer with ô 13 (address, phone, email, website) under a full-width rule; null when empty. */
export function addressFooter(ctx: BuildContext, address: PagePlan['addressLine']): Footer | null {
  if (!address) return null;
  return new Footer({
    children: [
      new Paragraph({
        ...TIGHT,
        alignment: AlignmentType.CENTER,
        border: { top: { style: BorderStyle.SINGLE, size: borderEighths(address.ruleWeightPt), color: TEXT_COLOR, space: 2 } },
        children: lineRuns(ctx, address.lines, styleOf(address.font)),
      }),
    ],
  });
}
