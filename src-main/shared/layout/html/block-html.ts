/**
 * Content blocks (headings, paragraphs, bullets, tables) as HTML. Every block's root element
 * carries `data-part` (its key, for the preview's in-place updates) and a heading also carries
 * `data-section` (the section it opens, so the preview can show the part being edited).
 */
import type { BodyStyle, HeadingBlock, PlanBlock, TableBlock, TableCellPlan } from '../plan-types';
import { escapeAttr, escapeHtml } from './escape';
import { inlinesHtml } from './inline-html';
import { ptToTwips } from '../units';
import { classes, pt, ptSize, type StyleRegistry } from './style-registry';
import { fontClass, KEEP_CLASS, placementClass, textLinesHtml } from './text-html';

/** What a block needs besides itself. */
export interface BlockContext {
  styles: StyleRegistry;
  body: BodyStyle;
}

/** The `data-part` attribute of a part's root element. */
export function partAttr(key: string): string {
  return ` data-part="${escapeAttr(key)}"`;
}

function headingHtml(ctx: BlockContext, block: HeadingBlock, key: string): string {
  const { styles } = ctx;
  // Headings keep the body's line spacing: they are body paragraphs in the DOCX as well.
  const cls = classes('bc-heading', `bc-heading-${block.level}`, fontClass(styles, block.font, ctx.body.lineSpacing), placementClass(styles, block), block.keepWithNext && KEEP_CLASS);
  const attrs = `${partAttr(key)} data-section="${escapeAttr(block.sectionId)}"`;
  return `<p class="${cls}"${attrs}>${block.lines.map(escapeHtml).join('<br>')}</p>`;
}

function cellHtml(ctx: BlockContext, cell: TableCellPlan, font: TableBlock['font'], padding: TableBlock['cellPadding'], borderPt: number): string {
  const { styles } = ctx;
  // LibreOffice makes a row as tall as its text, margins and one border; the borders take no room
  // in layout here (page.css draws them as shadows), so the border's thickness joins the top margin.
  const cls = styles.cls({
    'text-align': cell.align,
    'vertical-align': cell.verticalAlign === 'center' ? 'middle' : 'top',
    'font-weight': cell.bold ? 700 : 400,
    padding: `${pt(padding.top + ptToTwips(borderPt))} ${pt(padding.right)} ${pt(padding.bottom)} ${pt(padding.left)}`,
  });
  const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
  const paragraphs = cell.paragraphs.map((p) => `<p class="bc-cell-p">${inlinesHtml(styles, p, ctx.body.footnoteSizePt)}</p>`).join('');
  const tag = cell.bold ? 'th' : 'td';
  return `<${tag} class="${classes('bc-cell', cls, fontClass(styles, font))}"${spans}>${paragraphs}</${tag}>`;
}

function tableHtml(ctx: BlockContext, block: TableBlock, key: string): string {
  const { styles } = ctx;
  const cols = block.columns.map((w) => `<col class="${styles.cls({ width: pt(w) })}">`).join('');
  const rowHtml = (row: TableBlock['rows'][number]): string =>
    `<tr class="bc-row">${row.cells
      .filter((c) => c.vMerge !== 'continue') // the cell above covers it (rowspan)
      .map((c) => cellHtml(ctx, c, block.font, block.cellPadding, block.borderPt))
      .join('')}</tr>`;
  const head = block.rows.filter((r) => r.header);
  const bodyRows = block.rows.filter((r) => !r.header);
  const tableCls = styles.cls({
    width: pt(block.width),
    'margin-top': pt(block.gapIsOwn ? block.gapBefore : 0),
    '--bc-rule': ptSize(block.borderPt),
  });
  return (
    `<table class="${classes('bc-table', tableCls)}"${partAttr(key)}><colgroup>${cols}</colgroup>` +
    `${head.length ? `<thead>${head.map(rowHtml).join('')}</thead>` : ''}<tbody>${bodyRows.map(rowHtml).join('')}</tbody></table>`
  );
}

/** One top-level element of the page, keyed for in-place updates. */
export interface HtmlPart {
  key: string;
  html: string;
}

/** The parts of one content block keyed `key`: one element, or a table's caption then the table. */
export function blockParts(ctx: BlockContext, block: PlanBlock, key: string): HtmlPart[] {
  const { styles } = ctx;
  switch (block.kind) {
    case 'heading':
      return [{ key, html: headingHtml(ctx, block, key) }];
    case 'table': {
      const table = { key, html: tableHtml(ctx, block, key) };
      if (!block.caption) return [table];
      const captionKey = `${key}-caption`;
      return [{ key: captionKey, html: textLinesHtml(styles, block.caption, { cls: 'bc-caption', attrs: partAttr(captionKey) }) }, table];
    }
    case 'paragraph':
    case 'bullet': {
      const role = block.kind === 'bullet' ? 'bullet' : block.role;
      const cls = classes('bc-p', `bc-p-${role}`, fontClass(styles, block.font, block.lineSpacing), placementClass(styles, block), block.keepWithNext && KEEP_CLASS);
      return [{ key, html: `<p class="${cls}"${partAttr(key)}>${inlinesHtml(styles, block.runs, ctx.body.footnoteSizePt)}</p>` }];
    }
  }
}

