/** Table pieces shared by the layout tables (header, signature) and the framed marks. */
import { AlignmentType, BorderStyle, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type IBorderOptions } from 'docx';
import type { FramePlan } from '../../shared/layout';
import type { BuildContext } from './context';
import { TIGHT } from './paragraph-kit';
import { textRuns } from './runs';
import { borderEighths } from './units';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** Every border of a layout table switched off, so nothing prints around the header or signature. */
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;

/** Cell borders switched off (cells otherwise inherit from a table style in some readers). */
export const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;

/** A DXA width. */
export function dxa(size: number): { size: number; type: typeof WidthType.DXA } {
  return { size: Math.round(size), type: WidthType.DXA };
}

/** A framed single-line mark of the plan (KHẨN, MẬT, LƯU HÀNH NỘI BỘ, DỰ THẢO): a 1-cell table, centred. */
export function frameTable(ctx: BuildContext, frame: FramePlan): Table {
  const border: IBorderOptions = { style: BorderStyle.SINGLE, size: borderEighths(frame.borderPt), color: frame.color };
  return new Table({
    alignment: AlignmentType.CENTER,
    layout: TableLayoutType.FIXED,
    width: dxa(frame.width),
    columnWidths: [frame.width],
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: NONE, insideVertical: NONE },
    margins: { left: frame.padding, right: frame.padding, top: 0, bottom: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: frame.height, rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: dxa(frame.width),
            verticalAlign: VerticalAlignTable.CENTER,
            borders: { top: border, bottom: border, left: border, right: border },
            children: [
              new Paragraph({
                ...TIGHT,
                alignment: AlignmentType.CENTER,
                children: textRuns(ctx, frame.text, { sizePt: frame.font.sizePt, bold: frame.font.bold, color: frame.color }),
              }),
            ],
          }),
        ],
      }),
    ],
  });
}
