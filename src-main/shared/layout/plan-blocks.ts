/**
 * Content blocks of the page plan (ô 6 and appendix bodies): headings, paragraphs, bullets and
 * tables, with final runs. Lengths in twips, sizes in points (see plan-types.ts).
 */
import type { Align, FontStyle, ParagraphPlacement, TextLines, Twips } from './plan-types';

export interface PlanTextRun {
  type: 'text';
  /** May hold "\n" (a hard line break) and "\t" (a tab). */
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** A footnote reference; `number` counts in reading order over the whole document. */
export interface PlanFootnoteRef {
  type: 'footnote';
  number: number;
  /** The footnote's text, printed at the page foot at `BodyStyle.footnoteSizePt`. */
  content: PlanTextRun[];
}

export type PlanInline = PlanTextRun | PlanFootnoteRef;

/**
 * Heading levels (docs/layout-rules.md §7.1): Phần above Mục when the report has parts, then
 * Mục (I.), khoản (1.), điểm (a)); deeper levels stay điểm.
 */
export type HeadingLevel = 'part' | 'muc' | 'khoan' | 'diem';

export interface HeadingBlock extends ParagraphPlacement {
  kind: 'heading';
  /** The section this heading opens (the preview scrolls to the part being edited by it). */
  sectionId: string;
  level: HeadingLevel;
  /** 0 for the top level of its outline. */
  depth: number;
  /** The printed number: "Phần I", "Phần thứ nhất", "I.", "1.", "a)", as typed for an override; '' when unnumbered. */
  number: string;
  /** The title in its printed case (CAPS for Phần and Mục). */
  title: string;
  /**
   * The printed lines: a Phần prints its number on one line and its title below it; other
   * levels print "number title" on one line.
   */
  lines: string[];
  /** The lines with the title as the clerk typed it, when the level prints it in capitals; null otherwise (see TextLines.typed). */
  typed: string[] | null;
  font: FontStyle;
  /** Outline level for the navigation pane (0-based); null for điểm. */
  outlineLevel: number | null;
}

export interface ParagraphBlock extends ParagraphPlacement {
  kind: 'paragraph';
  /**
   * body: running text; point: an untitled khoản or điểm whose number leads the text;
   * closing: "Trên đây là …"; end-mark: a "./." standing on its own line.
   */
  role: 'body' | 'point' | 'closing' | 'end-mark';
  /** Final runs, the point number or end mark included. */
  runs: PlanInline[];
  font: FontStyle;
  lineSpacing: number;
  /** Whether the "./." that ends the content is in this paragraph. */
  hasEndMark: boolean;
}

export interface BulletBlock extends ParagraphPlacement {
  kind: 'bullet';
  marker: '-' | '+';
  /** Final runs, starting with the marker and its space. */
  runs: PlanInline[];
  font: FontStyle;
  lineSpacing: number;
  hasEndMark: boolean;
}

export interface TableCellPlan {
  /** First grid column of the cell, and how many columns and rows it covers. */
  column: number;
  colSpan: number;
  rowSpan: number;
  /**
   * Vertical merge: 'restart' on a cell spanning rows, 'continue' on the placeholder a covered
   * row holds (DOCX needs it; HTML skips it and uses rowSpan). null for an ordinary cell.
   */
  vMerge: 'restart' | 'continue' | null;
  width: Twips;
  align: Align;
  /** Whether the draft sets `align`; otherwise it is the layout's (centred in header rows, left elsewhere). */
  alignSet: boolean;
  verticalAlign: 'top' | 'center';
  /** Paragraphs of the cell; a 'continue' placeholder has one empty paragraph. */
  paragraphs: PlanInline[][];
  bold: boolean;
}

export interface TableRowPlan {
  /** Header rows repeat at the top of every page the table runs onto. */
  header: boolean;
  /** Rows never split across pages. */
  cantSplit: boolean;
  cells: TableCellPlan[];
}

export interface TableBlock {
  kind: 'table';
  /** The caption paragraph above the table, kept with it; null when none. */
  caption: TextLines | null;
  /**
   * Gap to leave between the block above and the table's top border. Where the block above is
   * a paragraph, it already carries this gap as its `spaceAfter`; consumers print it themselves
   * only when `gapIsOwn` (a table right after a table or at the start of the content).
   */
  gapBefore: Twips;
  gapIsOwn: boolean;
  columns: Twips[];
  width: Twips;
  headerRows: number;
  rows: TableRowPlan[];
  font: FontStyle;
  cellPadding: { left: Twips; right: Twips; top: Twips; bottom: Twips };
  borderPt: number;
}

export type PlanBlock = HeadingBlock | ParagraphBlock | BulletBlock | TableBlock;
