/** Table pieces shared by the layout tables (header, signature) and the framed marks. */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { BuildContext } from './context';
import { centred } from './paragraph-kit';
import { textRuns } from './runs';
import { textWidthTwips } from './text-width';
import { borderEighths, mmToTwips } from './units';

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

export interface FrameOptions {
  /** Frame width in twips; the height is 8 mm (spec §14). */
  width: number;
  color: string;
  sizePt: number;
}

/** Left and right padding inside a frame (1 mm). */
export const FRAME_PADDING = 57;

/** Bright red for the urgency and secrecy stamps. */
export const STAMP_RED = 'FF0000';

/** A single-line framed mark (KHẨN, MẬT, LƯU HÀNH NỘI BỘ, DỰ THẢO): a 1-cell table, centred. */
export function frameTable(ctx: BuildContext, text: string, options: FrameOptions): Table {
  const border: IBorderOptions = { style: BorderStyle.SINGLE, size: borderEighths(0.75), color: options.color };
  const width = Math.round(options.width);
  return new Table({
    alignment: AlignmentType.CENTER,
    layout: TableLayoutType.FIXED,
    width: dxa(width),
    columnWidths: [width],
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: NONE, insideVertical: NONE },
    margins: { left: FRAME_PADDING, right: FRAME_PADDING, top: 0, bottom: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: mmToTwips(8), rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: dxa(width),
            verticalAlign: VerticalAlignTable.CENTER,
            borders: { top: border, bottom: border, left: border, right: border },
            children: [centred(textRuns(ctx, text, { sizePt: options.sizePt, bold: true, caps: true, color: options.color }))],
          }),
        ],
      }),
    ],
  });
}

/** Width of a frame that fits its text with 2 mm on each side, at least `minMm` wide. */
export function frameWidthFor(text: string, sizePt: number, minMm = 20): number {
  return Math.max(mmToTwips(minMm), textWidthTwips(text.toLocaleUpperCase('vi'), sizePt, 'bold') + mmToTwips(4) + 114);
}
