/**
 * The neutral document model a Word file is read into before recognition (src-main/import/docx/
 * builds it from the package; recognise.ts turns it into a draft). Everything Word resolves
 * through styles, direct formatting and numbering.xml is resolved already: a run knows whether it
 * prints bold, a paragraph knows the number Word prints before it. Lengths are twips.
 */

export type DocAlign = 'left' | 'center' | 'right' | 'justify';

/** How a run prints, after styles, character styles and direct formatting. */
export interface RunStyle {
  bold: boolean;
  /**
   * Bold set on the run itself (direct formatting or its character style), not only by the
   * paragraph's style: a table's header style makes its text bold, a bold run is the author's.
   */
  runBold: boolean;
  italic: boolean;
  underline: boolean;
  /** Shown in capitals whatever the letters typed (w:caps). */
  caps: boolean;
  /** Points; null when nothing in the file says (the application default then applies). */
  sizePt: number | null;
  /** The font face the run names (ASCII slot), or null. */
  font: string | null;
  superscript: boolean;
}

/** Text of one run; `\n` is a line break, `\t` a tab. */
export interface DocText {
  kind: 'text';
  /** The text as it prints: in capitals where the run is set in "All caps" (w:caps). */
  text: string;
  /**
   * The letters as stored in the file: differs from `text` only in case, letter for letter
   * (shared/layout/caps.ts), where the run is set in "All caps"; the same string otherwise.
   */
  typed: string;
  style: RunStyle;
  /** The legacy encoding the run's font implies and that was converted from, if any. */
  legacy: 'tcvn3' | 'vni' | null;
}

/** A footnote reference with the footnote's paragraphs. */
export interface DocNote {
  kind: 'note';
  paragraphs: DocParagraph[];
}

export type DocInline = DocText | DocNote;

/** Paragraph placement after styles and direct formatting. */
export interface ParaProps {
  align: DocAlign;
  /** The alignment set on the paragraph itself (w:jc), null when it comes from its style. */
  ownAlign: DocAlign | null;
  indentLeft: number;
  indentRight: number;
  /** First-line offset from the left indent; negative for a hanging indent. */
  firstLine: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Line spacing: a multiple of single ('auto') or a height in twips ('exact', 'atLeast'). */
  line: { value: number; rule: 'auto' | 'exact' | 'atLeast' } | null;
  keepNext: boolean;
  /** 0-based outline level (heading styles, w:outlineLvl); null for body text. */
  outlineLevel: number | null;
  styleName: string;
  /** A bottom or top border: how Word draws a rule under or over a line. */
  borderBottom: boolean;
  borderTop: boolean;
}

/** The number Word prints before a paragraph from numbering.xml. */
export interface DocNumbering {
  /** The printed label ("I.", "1.", "a)", "1.2.") or the bullet character. */
  label: string;
  bullet: boolean;
  /** 0-based list level. */
  level: number;
  /** numFmt of the level: decimal, upperRoman, lowerLetter, bullet … */
  format: string;
}

export interface DocParagraph {
  kind: 'paragraph';
  inlines: DocInline[];
  props: ParaProps;
  numbering: DocNumbering | null;
  /** A page break before it (w:pageBreakBefore, or a page break run leading it). */
  pageBreakBefore: boolean;
  /** Paragraphs of text boxes anchored in this paragraph (floating; not in the text flow). */
  floating: DocParagraph[][];
  /**
   * How text typed into this paragraph would print, for a paragraph with no text: its mark's run
   * properties (w:pPr/w:rPr), where Word keeps the formatting of an empty paragraph. Null when
   * the paragraph has text.
   */
  markStyle: RunStyle | null;
  /** Index into DocModel.sections of the section this paragraph belongs to. */
  section: number;
}

export interface DocCell {
  blocks: DocBlock[];
  /** Grid columns covered (w:gridSpan). */
  span: number;
  vMerge: 'restart' | 'continue' | null;
  /** Width in twips from w:tcW when given in dxa, else 0. */
  width: number;
}

export interface DocRow {
  cells: DocCell[];
  /** Grid columns left empty before the first cell (w:gridBefore). */
  before: number;
  /** Repeats as a header row (w:tblHeader). */
  header: boolean;
}

export interface DocTable {
  kind: 'table';
  rows: DocRow[];
  /** Grid column widths in twips (w:tblGrid). */
  grid: number[];
  /** Whether any border of the table prints (layout tables of a header have none). */
  bordered: boolean;
  section: number;
}

export type DocBlock = DocParagraph | DocTable;

/** Page shape and header/footer facts of one section. */
export interface DocSection {
  pageWidth: number;
  pageHeight: number;
  landscape: boolean;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Where a PAGE field prints on the pages after the first: none, the header or the footer. */
  pageNumbers: 'none' | 'header' | 'footer';
  /** Whether the first page has its own header/footer (titlePg). */
  titlePage: boolean;
  /** Paragraphs of the footer of the section's first page (ô 13 lives there). */
  firstFooter: DocParagraph[];
  /** Blocks of the header of the section's first page: some templates put the NĐ30 header there. */
  firstHeader: DocBlock[];
}

/** Things in the file that have no place in a draft; counted for the report. */
export interface DocCounts {
  images: number;
  shapes: number;
  textBoxes: number;
  comments: number;
  /** Deleted or moved-away revisions left out; inserted ones are kept. */
  revisions: number;
  /** External targets never followed: links, linked images, templates. */
  externalTargets: number;
  /** Embedded documents (altChunk, OLE objects) whose content was not read. */
  embedded: number;
  /** Paragraphs of a table of contents (generated by Word; the app prints none). */
  tocParagraphs: number;
  /** Cells of tables nested inside a table cell, read as the outer cell's text. */
  nestedTables: number;
}

export interface DocModel {
  blocks: DocBlock[];
  /** At least one. */
  sections: DocSection[];
  counts: DocCounts;
  /** Runs converted from a legacy font, per font name (".VnTime": 12). */
  legacyFonts: Record<string, number>;
  /** Font faces used by text runs, with their character counts. */
  fonts: Record<string, number>;
  /** docProps/app.xml: pages Word counted when it last saved, and the application. */
  pages: number | null;
  application: string;
  /**
   * docProps/core.xml's dc:title, what the file says its title is: only a hint for which visible
   * lines are the trích yếu, never its text (it is often stale, left from a template).
   */
  titleHint?: string;
}

/** A style with nothing set: plain upright text of unknown size and font. */
export const PLAIN_RUN: RunStyle = { bold: false, runBold: false, italic: false, underline: false, caps: false, sizePt: null, font: null, superscript: false };
