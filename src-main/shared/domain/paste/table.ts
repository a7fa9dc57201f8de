/** A pasted `<table>` as a table block: rows, header rows, spans, alignment, relative widths. */
import type { Block, Inline, TableBlock, TableCell } from '../draft-schema';
import { restrictBlocks } from '../editor-doc/allow';
import { cleanText, completeWidths } from '../editor-doc/normalize';
import { tableGrid } from '../editor-doc/table-grid';
import { LIST_LIMITS } from '../limits';
import { BlockBuilder } from './block-builder';
import { alignOf, declarationsOf, flagChanges, widthOf, type Declarations } from './css';
import { attrOf, tagOf, textUnder, visibleChildren, type DomLikeNode } from './dom-like';
import { OWN_MARKUP } from './own-markup';
import type { WalkChildren, WalkContext, WalkEnv } from './walk-context';

const MAX_COLUMNS = LIST_LIMITS.columns.max;

function declarations(node: DomLikeNode, env: WalkEnv): Declarations {
  return declarationsOf(tagOf(node), attrOf(node, 'class'), attrOf(node, 'style'), env.rules);
}

function intAttr(node: DomLikeNode, name: string, max: number): number | undefined {
  const n = Number.parseInt(attrOf(node, name) ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, max) : undefined;
}

/** The blocks of a cell as its paragraphs: an item keeps its marker as text, a nested table its rows. */
function cellParagraphs(blocks: Block[]): Inline[][] {
  const flat = blocks.map((block): Block =>
    block.type === 'bullet' ? { type: 'paragraph', content: [{ type: 'text', text: `${block.marker} ` }, ...block.content] } : block,
  );
  const paragraphs = restrictBlocks(flat, { bullets: false, tables: false, footnotes: true }).map((b) => (b.type === 'table' ? [] : b.content));
  return paragraphs.length > 0 ? paragraphs : [[]];
}

/** The alignment all of a cell's paragraphs share (Word aligns paragraphs, not cells), if any. */
function paragraphsAlign(td: DomLikeNode, env: WalkEnv): TableCell['align'] {
  const blocks = visibleChildren(td).filter((c) => tagOf(c) === 'P' || tagOf(c) === 'DIV');
  const aligns = new Set(blocks.map((p) => alignOf(declarations(p, env), attrOf(p, 'align'))));
  const [only] = aligns;
  return blocks.length > 0 && aligns.size === 1 ? only : undefined;
}

interface RowSource {
  node: DomLikeNode;
  inHead: boolean;
}

function rowsOf(table: DomLikeNode): { rows: RowSource[]; cols: DomLikeNode[]; caption: DomLikeNode | null } {
  const rows: RowSource[] = [];
  const cols: DomLikeNode[] = [];
  let caption: DomLikeNode | null = null;
  for (const child of visibleChildren(table)) {
    const tag = tagOf(child);
    if (tag === 'TR') rows.push({ node: child, inHead: false });
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      for (const tr of visibleChildren(child)) if (tagOf(tr) === 'TR') rows.push({ node: tr, inHead: tag === 'THEAD' });
    } else if (tag === 'COL') cols.push(child);
    else if (tag === 'COLGROUP') cols.push(...visibleChildren(child).filter((c) => tagOf(c) === 'COL'));
    else if (tag === 'CAPTION') caption = child;
  }
  return { rows, cols, caption };
}

function ownWidths(cell: DomLikeNode): number[] | null {
  const value = attrOf(cell, OWN_MARKUP.colwidthAttr);
  if (!value) return null;
  const widths = value.split(',').map(Number);
  return widths.every((w) => Number.isFinite(w) && w > 0) ? widths : null;
}

/** The table block of a `<table>`, or null when it has no cell. */
export function readTable(table: DomLikeNode, ctx: WalkContext, env: WalkEnv, walkChildren: WalkChildren): TableBlock | null {
  const source = rowsOf(table);
  const rows: { cells: TableCell[] }[] = [];
  const cellNodes: DomLikeNode[][] = [];
  const headerLike: boolean[] = [];
  for (const { node: tr, inHead } of source.rows.slice(0, LIST_LIMITS.rows.max)) {
    const cells = visibleChildren(tr).filter((c) => tagOf(c) === 'TD' || tagOf(c) === 'TH');
    if (cells.length === 0) continue;
    const rowDecls = declarations(tr, env);
    const rowFlags = { ...ctx.flags, ...flagChanges(rowDecls) };
    rows.push({
      cells: cells.map((td) => {
        const d = declarations(td, env);
        const builder = new BlockBuilder(env.convert, env.seen);
        walkChildren(td, { ...ctx, flags: { ...rowFlags, ...flagChanges(d) }, lists: [], onLabel: null, depth: ctx.depth + 1 }, builder);
        const cell: TableCell = { paragraphs: cellParagraphs(builder.finish()) };
        const colSpan = intAttr(td, 'colspan', MAX_COLUMNS);
        const rowSpan = intAttr(td, 'rowspan', LIST_LIMITS.rows.max);
        const align = (attrOf(td, OWN_MARKUP.alignAttr) as TableCell['align'] | null) ?? alignOf(d, attrOf(td, 'align')) ?? paragraphsAlign(td, env);
        if (colSpan) cell.colSpan = colSpan;
        if (rowSpan) cell.rowSpan = rowSpan;
        if (align && ['left', 'center', 'right', 'justify'].includes(align)) cell.align = align;
        return cell;
      }),
    });
    cellNodes.push(cells);
    headerLike.push(inHead || cells.every((c) => tagOf(c) === 'TH'));
  }
  if (rows.length === 0) return null;

  const grid = tableGrid(rows);
  // Word's own limit, and the model's: cells that start beyond the last column are left out.
  rows.forEach((row, r) => {
    row.cells = row.cells.filter((_, i) => (grid.starts[r]?.[i] ?? 0) < MAX_COLUMNS);
  });
  const width = Math.min(grid.width, MAX_COLUMNS);

  const widths: (number | undefined)[] = [];
  const colWidths = source.cols.flatMap((col) => {
    const span = intAttr(col, 'span', MAX_COLUMNS) ?? 1;
    return Array.from({ length: span }, () => widthOf(declarations(col, env), attrOf(col, 'width')));
  });
  if (colWidths.some((w) => w !== undefined)) colWidths.forEach((w, i) => (widths[i] = w));
  else {
    cellNodes.forEach((cells, r) =>
      cells.forEach((td, i) => {
        const start = grid.starts[r]?.[i] ?? 0;
        const own = ownWidths(td);
        if (own) own.forEach((w, j) => (widths[start + j] ??= w));
        else if ((intAttr(td, 'colspan', MAX_COLUMNS) ?? 1) === 1) widths[start] ??= widthOf(declarations(td, env), attrOf(td, 'width'));
      }),
    );
  }

  let headerRows = 0;
  while (headerRows < headerLike.length && headerLike[headerRows]) headerRows++;
  const block: TableBlock = {
    type: 'table',
    columnWidths: completeWidths(
      Array.from({ length: width }, (_, c) => widths[c] ?? 0),
      width,
    ).map((w) => Math.round(w * 100) / 100),
    headerRows,
    rows,
  };
  const caption = cleanText(attrOf(table, OWN_MARKUP.captionAttr) ?? (source.caption ? textUnder(source.caption) : '')).replace(/\s+/g, ' ').trim();
  if (caption) block.caption = caption;
  return block;
}
