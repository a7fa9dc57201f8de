/**
 * Tables of a report: header rows (header cells for the first rows), merged cells, relative
 * column widths changed from the keyboard, a caption. Built on TipTap's table (prosemirror-tables
 * for rows, columns, merging and cell selection); cells hold paragraphs only, and widths are laid
 * out in proportion by this node view, never in pixels.
 */
import { mergeAttributes } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow, type TableOptions } from '@tiptap/extension-table';
import type { Node as PmNode, NodeType, Schema } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { isInTable, selectedRect, TableMap } from '@tiptap/pm/tables';
import type { NodeView } from '@tiptap/pm/view';
import { completeWidths, NODE, resizeColumn } from '@shared/domain/editor-doc';
import { OWN_MARKUP } from '@shared/domain/paste';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    reportTable: {
      /** Inserts a table (header row first) after the current block, or in place of an empty paragraph. */
      insertReportTable: (options?: { rows?: number; cols?: number; headerRows?: number }) => ReturnType;
      /** Makes the current row the last header row, or the first body row when it is a header already. */
      toggleHeaderRowHere: () => ReturnType;
      /** Widens (1) or narrows (-1) the current column. */
      resizeCurrentColumn: (direction: 1 | -1) => ReturnType;
      /** Sets or clears (empty text) the caption of the current table. */
      setTableCaption: (caption: string) => ReturnType;
    };
  }
}

export interface ReportTableOptions {
  /** Whether the field lets the clerk insert tables (existing ones are always kept). */
  allowed: () => boolean;
}

/** The relative widths of a table node's columns; a column without one gets the mean. */
export function columnWidthsOf(table: PmNode): number[] {
  const map = TableMap.get(table);
  const widths: number[] = [];
  for (let col = 0; col < map.width; col++) {
    for (let row = 0; row < map.height; row++) {
      const offset = map.map[row * map.width + col];
      if (offset === undefined) continue;
      const cell = table.nodeAt(offset);
      const rect = map.findCell(offset);
      const w = (cell?.attrs.colwidth as number[] | null)?.[col - rect.left];
      if (typeof w === 'number' && w > 0) {
        widths[col] = w;
        break;
      }
    }
  }
  return completeWidths(Array.from({ length: map.width }, (_, c) => widths[c] ?? 0), map.width);
}

/** How many leading rows of a table node are made of header cells only. */
export function headerRowsOf(table: PmNode): number {
  let n = 0;
  while (n < table.childCount && table.child(n).childCount > 0) {
    let all = true;
    table.child(n).forEach((cell) => (all &&= cell.type.name === NODE.tableHeader));
    if (!all) break;
    n++;
  }
  return n;
}

/** Lays the columns out in proportion to their relative widths, and shows the caption. */
class ReportTableView implements NodeView {
  dom: HTMLElement;
  contentDOM: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly colgroup: HTMLElement;

  constructor(private node: PmNode) {
    this.dom = document.createElement('div');
    this.dom.className = 'rt-table';
    this.caption = this.dom.appendChild(document.createElement('div'));
    this.caption.className = 'rt-table-caption';
    this.caption.contentEditable = 'false';
    const table = this.dom.appendChild(document.createElement('table'));
    this.colgroup = table.appendChild(document.createElement('colgroup'));
    this.contentDOM = table.appendChild(document.createElement('tbody'));
    this.render();
  }

  private render(): void {
    const widths = columnWidthsOf(this.node);
    const total = widths.reduce((a, b) => a + b, 0) || 1;
    while (this.colgroup.childElementCount > widths.length) this.colgroup.lastElementChild?.remove();
    while (this.colgroup.childElementCount < widths.length) this.colgroup.appendChild(document.createElement('col'));
    widths.forEach((w, i) => {
      const col = this.colgroup.children[i] as HTMLElement;
      // CSSOM, not a style attribute: the CSP allows no inline styles.
      col.style.width = `${((w / total) * 100).toFixed(2)}%`;
    });
    const caption = typeof this.node.attrs.caption === 'string' ? this.node.attrs.caption : '';
    this.caption.textContent = caption;
    this.caption.hidden = caption === '';
  }

  update(node: PmNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  ignoreMutation(mutation: { target: Node }): boolean {
    return !this.contentDOM.contains(mutation.target);
  }
}

function tableAround(state: EditorState): { node: PmNode; pos: number } | null {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) {
    const node = $from.node(d);
    if (node.type.name === NODE.table) return { node, pos: $from.before(d) };
  }
  return null;
}

/** Retypes each row's cells so that exactly the first `headerRows` rows are header rows. */
function setHeaderRows(tr: Transaction, tablePos: number, table: PmNode, headerRows: number, schema: Schema): void {
  const header = schema.nodes[NODE.tableHeader] as NodeType;
  const cell = schema.nodes[NODE.tableCell] as NodeType;
  let rowPos = tablePos + 1;
  table.forEach((row, _offset, r) => {
    let cellPos = rowPos + 1;
    row.forEach((c) => {
      const wanted = r < headerRows ? header : cell;
      if (c.type !== wanted) tr.setNodeMarkup(cellPos, wanted, c.attrs);
      cellPos += c.nodeSize;
    });
    rowPos += row.nodeSize;
  });
}

function newTable(schema: Schema, rows: number, cols: number, headerRows: number): PmNode {
  const types = { header: schema.nodes[NODE.tableHeader] as NodeType, cell: schema.nodes[NODE.tableCell] as NodeType };
  const row = schema.nodes[NODE.tableRow] as NodeType;
  const paragraph = schema.nodes[NODE.paragraph] as NodeType;
  return (schema.nodes[NODE.table] as NodeType).create(
    { caption: null },
    Array.from({ length: rows }, (_, r) =>
      row.create(
        null,
        Array.from({ length: cols }, () => (r < headerRows ? types.header : types.cell).create({ colwidth: [1] }, paragraph.create())),
      ),
    ),
  );
}

const cellAttributes = {
  colspan: { default: 1 },
  rowspan: { default: 1 },
  colwidth: {
    default: null,
    parseHTML: (element: HTMLElement) => {
      const widths = (element.getAttribute(OWN_MARKUP.colwidthAttr) ?? '').split(',').map(Number);
      return widths.length > 0 && widths.every((w) => w > 0) ? widths : null;
    },
    renderHTML: (attributes: { colwidth?: number[] | null }) =>
      attributes.colwidth ? { [OWN_MARKUP.colwidthAttr]: attributes.colwidth.join(',') } : {},
  },
  align: {
    default: null,
    parseHTML: (element: HTMLElement) => element.getAttribute(OWN_MARKUP.alignAttr),
    renderHTML: (attributes: { align?: string | null }) => (attributes.align ? { [OWN_MARKUP.alignAttr]: attributes.align } : {}),
  },
};

/** A body cell: paragraphs only. */
export const ReportTableCell = TableCell.extend({
  content: 'paragraph+',
  addAttributes() {
    return cellAttributes;
  },
});

/** A cell of a header row. */
export const ReportTableHeader = TableHeader.extend({
  content: 'paragraph+',
  addAttributes() {
    return cellAttributes;
  },
});

export { TableRow as ReportTableRow };

export const ReportTable = Table.extend<TableOptions & ReportTableOptions>({
  addOptions() {
    return {
      ...(this.parent?.() as TableOptions),
      allowed: () => true,
      resizable: false,
      renderWrapper: false,
      View: ReportTableView as unknown as TableOptions['View'],
    };
  },

  addAttributes() {
    return {
      caption: {
        default: null,
        parseHTML: (element) => element.getAttribute(OWN_MARKUP.captionAttr),
        renderHTML: (attributes) => (attributes.caption ? { [OWN_MARKUP.captionAttr]: attributes.caption } : {}),
      },
    };
  },

  renderHTML({ HTMLAttributes }) {
    return ['table', mergeAttributes(HTMLAttributes), ['tbody', 0]];
  },

  // Tab belongs to the field's keymap (it also switches "-"/"+" and can leave the field).
  addKeyboardShortcuts() {
    return {};
  },

  addCommands() {
    return {
      ...this.parent?.(),
      insertReportTable:
        ({ rows = 3, cols = 3, headerRows = 1 } = {}) =>
        ({ state, tr, dispatch }) => {
          if (!this.options.allowed() || isInTable(state)) return false;
          const { $from } = state.selection;
          if ($from.depth < 1) return false;
          const table = newTable(state.schema, rows, cols, headerRows);
          if (dispatch) {
            const block = $from.node(1);
            const before = $from.before(1);
            const emptyParagraph = block.isTextblock && block.content.size === 0;
            const at = emptyParagraph ? before : $from.after(1);
            if (emptyParagraph) tr.replaceWith(before, before + block.nodeSize, table);
            else tr.insert(at, table);
            tr.setSelection(TextSelection.near(tr.doc.resolve(at + 3))).scrollIntoView();
          }
          return true;
        },
      toggleHeaderRowHere:
        () =>
        ({ state, tr, dispatch }) => {
          if (!isInTable(state)) return false;
          const rect = selectedRect(state);
          const tablePos = rect.tableStart - 1;
          const current = headerRowsOf(rect.table);
          const row = rect.top;
          const next = row < current ? row : row + 1;
          if (dispatch) setHeaderRows(tr, tablePos, rect.table, next, state.schema);
          return true;
        },
      resizeCurrentColumn:
        (direction) =>
        ({ state, tr, dispatch }) => {
          if (!isInTable(state)) return false;
          const rect = selectedRect(state);
          const widths = columnWidthsOf(rect.table);
          const next = resizeColumn(widths, rect.left, direction);
          if (next.every((w, i) => w === widths[i])) return false;
          if (dispatch) {
            const seen = new Set<number>();
            for (const offset of rect.map.map) {
              if (seen.has(offset)) continue;
              seen.add(offset);
              const cell = rect.table.nodeAt(offset);
              if (!cell) continue;
              const cellRect = rect.map.findCell(offset);
              tr.setNodeMarkup(rect.tableStart + offset, undefined, { ...cell.attrs, colwidth: next.slice(cellRect.left, cellRect.right) });
            }
          }
          return true;
        },
      setTableCaption:
        (caption) =>
        ({ state, tr, dispatch }) => {
          const table = tableAround(state);
          if (!table) return false;
          if (dispatch) tr.setNodeMarkup(table.pos, undefined, { ...table.node.attrs, caption: caption.trim() || null });
          return true;
        },
    };
  },
});
