/**
 * # shared/layout/html: the page plan as HTML
 *
 * `renderPageDocument(plan)` maps a {@link PagePlan} to the page document the preview, print and
 * PDF paginate (src-renderer/page/): groups of keyed parts (the main text, each appendix), the
 * @page rules and the plan's measurements as CSS classes. Pure string building, no DOM; every
 * draft string is escaped (`escapeHtml`), and draft text never reaches the CSS.
 */
export { renderPageDocument, documentHtml, groupHtml, type PageDocument, type PageGroup, type HtmlPart } from './page-document';
export { escapeHtml } from './escape';
export { SINGLE_LINE_EM } from './text-html';
