/**
 * Entry of the HTML layout: a page plan in, the page document out (DOM-free strings, usable in
 * the renderer and in Node). The paginator (src-renderer/page/) flows `groups` into A4 pages with
 * `pageCss`, styles them with `styleCss`, numbers them per `numbering` and puts `firstPageFooter`
 * at the foot of page 1. Nothing here decides a layout: every string and number is the plan's;
 * this file only maps them to HTML elements and CSS (docs/page-layout.md).
 */
import type { LayoutCache } from '../layout-cache';
import type { PageGeometry, PageNumberRule, PagePlan, PlanBlock } from '../plan-types';
import { blockParts, type BlockContext, type HtmlPart } from './block-html';
import { escapeAttr } from './escape';
import { headerPart, kinhGuiPart, titlePart } from './header-html';
import { addressHtml, signaturePart } from './signature-html';
import { pt, StyleRegistry } from './style-registry';
import { fontClass, ruleHtml, textLinesHtml } from './text-html';

export type { HtmlPart } from './block-html';

/** The main text or one appendix: a run of pages sharing a page shape and a page count. */
export interface PageGroup {
  /** "main", or "appendix-1", "appendix-2", … */
  id: string;
  /** The CSS named page of the group's pages. */
  pageName: string;
  page: PageGeometry;
  /** The appendix's id in the draft; null for the main text. */
  appendixId: string | null;
  /** Class of the page-number element on this group's pages (position and font). */
  numberClass: string;
  parts: HtmlPart[];
}

export interface PageDocument {
  groups: PageGroup[];
  /** Ô 13, to print at the foot of page 1 only; null when not set. */
  firstPageFooter: string | null;
  /** Where the foot of page 1 holds it. */
  footerClass: string;
  /** Page sizes and margins (@page) and which group uses which: CSS the paginator itself reads. */
  pageCss: string;
  /** The plan's measurements as classes: an ordinary style sheet. */
  styleCss: string;
  numbering: PageNumberRule;
  /** Document properties: the trích yếu on one line, and the issuing agency. */
  title: string;
  author: string;
}

/** The parts of content blocks; with a cache, a block planned before keeps its HTML (and adds its rules again). */
function contentParts(ctx: BlockContext, blocks: readonly PlanBlock[], prefix: string, cache: LayoutCache | undefined): HtmlPart[] {
  const { styles, body } = ctx;
  return blocks.flatMap((block, i) => {
    const key = `${prefix}${i}`;
    if (!cache) return blockParts(ctx, block, key);
    const made = cache.memo('html', block, `${key}|${body.lineSpacing}|${body.footnoteSizePt}`, () => styles.record(() => blockParts(ctx, block, key)));
    styles.adopt(made.rules);
    return made.value;
  });
}

function pageRule(name: string | null, page: PageGeometry): string {
  const { margins } = page;
  return `@page${name ? ` ${name}` : ''}{size:${pt(page.width)} ${pt(page.height)};margin:${pt(margins.top)} ${pt(margins.right)} ${pt(margins.bottom)} ${pt(margins.left)}}`;
}

function numberClass(styles: StyleRegistry, plan: PagePlan, page: PageGeometry): string {
  return [
    fontClass(styles, plan.pageNumbers.font),
    styles.cls({ top: pt(page.headerDistance), left: pt(page.margins.left), width: pt(page.textWidth) }),
  ].join(' ');
}

/**
 * The page document of a plan; with the cache its plan was made with, the HTML of every content
 * block kept from the plan before is used again (layout-cache.ts): the document is the same.
 */
export function renderPageDocument(plan: PagePlan, cache?: LayoutCache): PageDocument {
  const styles = new StyleRegistry();
  const ctx: BlockContext = { styles, body: plan.body };
  const main: PageGroup = {
    id: 'main',
    pageName: 'bc-main',
    page: plan.page,
    appendixId: null,
    numberClass: numberClass(styles, plan, plan.page),
    parts: [
      headerPart(styles, plan.header),
      titlePart(styles, plan.title),
      ...(plan.kinhGui ? [kinhGuiPart(styles, plan.kinhGui)] : []),
      ...contentParts(ctx, plan.content, 'c', cache),
      signaturePart(styles, plan.signature),
    ],
  };
  const appendices = plan.appendices.map((appendix, i): PageGroup => {
    const n = i + 1;
    const head = [
      textLinesHtml(styles, appendix.label, { cls: 'bc-appendix-label' }),
      appendix.title ? textLinesHtml(styles, appendix.title, { cls: 'bc-appendix-title' }) : '',
      textLinesHtml(styles, appendix.reference, { cls: 'bc-appendix-reference' }),
      ruleHtml(styles, appendix.rule),
    ].join('');
    const key = `a${n}-head`;
    return {
      id: `appendix-${n}`,
      pageName: `bc-appendix-${n}`,
      page: appendix.page,
      appendixId: appendix.id,
      numberClass: numberClass(styles, plan, appendix.page),
      parts: [{ key, html: `<div class="bc-appendix-head" data-part="${key}">${head}</div>` }, ...contentParts(ctx, appendix.blocks, `a${n}-c`, cache)],
    };
  });
  const groups = [main, ...appendices];
  const pageCss = [
    pageRule(null, plan.page),
    ...groups.flatMap((g) => [pageRule(g.pageName, g.page), `.bc-group-${g.id}{page:${g.pageName}}`]),
  ].join('\n');
  const footerClass = styles.cls({ bottom: pt(plan.page.headerDistance), left: pt(plan.page.margins.left), width: pt(plan.page.textWidth) });
  return {
    groups,
    firstPageFooter: plan.addressLine ? addressHtml(styles, plan.addressLine) : null,
    footerClass,
    pageCss,
    styleCss: styles.css(),
    numbering: plan.pageNumbers,
    title: plan.documentTitle,
    author: plan.documentAuthor,
  };
}

/** The wrapper of a group around `inner` (its parts' HTML). */
export function groupHtml(group: PageGroup, inner = group.parts.map((p) => p.html).join('')): string {
  const kind = group.appendixId === null ? 'bc-main' : `bc-appendix bc-${group.page.orientation}`;
  const appendix = group.appendixId === null ? '' : ` data-appendix="${escapeAttr(group.appendixId)}"`;
  return `<section class="bc-group ${kind} bc-group-${group.id}" data-group="${group.id}"${appendix}>${inner}</section>`;
}

/** The whole flow: every group in order. */
export function documentHtml(doc: PageDocument): string {
  return doc.groups.map((g) => groupHtml(g)).join('');
}
