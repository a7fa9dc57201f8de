/**
 * ProseMirror JSON of the report's editor schema: node and mark names and attributes, defined
 * once here and used by the conversion (this folder) and by the editor's extensions (renderer).
 */
import type { TextRun } from '../draft-schema';

/** A mark as ProseMirror writes it in JSON. */
export interface PmMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A node as ProseMirror writes it in JSON (`Node.toJSON()` / `Node.fromJSON()`). */
export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  marks?: PmMark[];
  text?: string;
}

/**
 * The node types of the schema: doc = (paragraph | bulletItem{marker: '-'|'+'} | table{caption})+;
 * cells (tableCell, tableHeader for the header rows) hold paragraphs; inline: text with the
 * marks below, hardBreak (a `\n` of the model), footnote (an atom holding its TextRun[] in
 * `attrs.content`).
 */
export const NODE = {
  doc: 'doc',
  paragraph: 'paragraph',
  bulletItem: 'bulletItem',
  table: 'table',
  tableRow: 'tableRow',
  tableCell: 'tableCell',
  tableHeader: 'tableHeader',
  text: 'text',
  hardBreak: 'hardBreak',
  footnote: 'footnote',
} as const;

/** The only marks: the model's three inline flags, in the order they are written. */
export const MARKS = ['bold', 'italic', 'underline'] as const satisfies readonly (keyof TextRun)[];
export type MarkName = (typeof MARKS)[number];

/** Cell alignments of the model, also the values of a cell's `align` attribute. */
export const CELL_ALIGNS = ['left', 'center', 'right', 'justify'] as const;
export type CellAlign = (typeof CELL_ALIGNS)[number];

/** Attributes of a table cell node (tableCell / tableHeader). */
export interface PmCellAttrs {
  colspan: number;
  rowspan: number;
  /**
   * The relative widths of the columns this cell covers (one per column), the model's
   * columnWidths as they are: the editor lays columns out in proportion, never in pixels.
   */
  colwidth: number[] | null;
  align: CellAlign | null;
}
