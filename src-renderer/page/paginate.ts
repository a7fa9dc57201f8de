/**
 * Flows a page document (shared/layout/html) into A4 pages: the plan's classes in their own
 * sheet, page.css and the @page rules through Paged.js, then each page numbered by the plan's
 * rule and ô 13 put at the foot of page 1.
 */
import { documentHtml, type PageDocument } from '@shared/layout/html';
import { pt } from '@shared/layout/html/style-registry';
import { constructedSheet, runPaged, type PagedRun, type Yield } from './paged-engine';
import pageCss from './page.css?raw';

/** A finished pagination. */
export interface Paginated {
  run: PagedRun;
  /** The sheet with the plan's classes; replaced by the next pagination. */
  styles: CSSStyleSheet;
  pageCount: number;
}

/**
 * CSS that must follow Paged.js's own sheets (a later unnamed @page would win): each named
 * page's sheet size, and page 1's bottom margin grown to hold ô 13 when it needs more room than
 * the margin gives, as Word and LibreOffice push the text up above a tall footer.
 */
function lateCss(doc: PageDocument, footerHeightPx: number): string {
  const sheets = doc.groups.map((g) => {
    const w = pt(g.page.width);
    const h = pt(g.page.height);
    const vars = ['', '-left', '-right'].map((side) => `--pagedjs-width${side}:${w};--pagedjs-height${side}:${h}`).join(';');
    return `.pagedjs_page.pagedjs_${g.pageName}_page{${vars};page:${g.pageName}-sheet}\n@page ${g.pageName}-sheet{size:${w} ${h};margin:0}`;
  });
  const main = doc.groups[0]?.page;
  if (main && footerHeightPx > 0) {
    const bottom = `max(${pt(main.margins.bottom)}, calc(${pt(main.headerDistance)} + ${Math.ceil(footerHeightPx)}px))`;
    sheets.push(`.pagedjs_page.pagedjs_named_page.pagedjs_first_page{--pagedjs-margin-bottom:${bottom}}`);
  }
  return sheets.join('\n');
}

/** The four faces of the document's typeface, loaded before anything is measured. */
export async function loadFonts(): Promise<void> {
  const faces = ['400 normal', '700 normal', '400 italic', '700 italic'].map((f) => {
    const [weight, style] = f.split(' ');
    return `${style} ${weight} 12pt "Times New Roman"`;
  });
  await Promise.all(faces.map((face) => document.fonts.load(face)));
}

/** Height of ô 13 as it will print (0 when there is none). */
function footerHeight(doc: PageDocument, container: HTMLElement): number {
  if (!doc.firstPageFooter) return 0;
  const probe = contentFragment(doc.firstPageFooter).firstElementChild as HTMLElement | null;
  if (!probe) return 0;
  probe.classList.add(...doc.footerClass.split(' ').filter(Boolean));
  container.append(probe);
  const height = probe.getBoundingClientRect().height;
  probe.remove();
  return height;
}

/**
 * Numbers every page by the plan's rule: pages count within their group (the main text, each
 * appendix when numbering restarts there) and the first page of a group shows no number.
 */
function numberPages(doc: PageDocument, pages: readonly HTMLElement[]): void {
  const groups = new Map(doc.groups.map((g) => [g.id, g]));
  const counts = new Map<string, number>();
  let running = 0;
  for (const page of pages) {
    const groupId = page.querySelector<HTMLElement>('.pagedjs_page_content [data-group]')?.dataset.group ?? 'main';
    const group = groups.get(groupId) ?? doc.groups[0];
    if (!group) continue;
    const counter = doc.numbering.restartEachAppendix ? group.id : 'all';
    const n = (counts.get(counter) ?? 0) + 1;
    counts.set(counter, n);
    running += 1;
    page.dataset.group = group.id;
    page.dataset.pageInGroup = String(n);
    if (n === 1 && doc.numbering.hiddenOnFirstPage) continue;
    const label = document.createElement('div');
    label.className = `bc-page-number ${group.numberClass}`;
    label.textContent = String(doc.numbering.restartEachAppendix ? n : running);
    page.querySelector('.pagedjs_sheet')?.append(label);
  }
}

function placeFooter(doc: PageDocument, pages: readonly HTMLElement[]): void {
  const first = pages[0];
  if (!doc.firstPageFooter || !first) return;
  const footer = contentFragment(doc.firstPageFooter).firstElementChild as HTMLElement | null;
  if (!footer) return;
  footer.classList.add(...doc.footerClass.split(' ').filter(Boolean));
  first.querySelector('.pagedjs_sheet')?.append(footer);
}

/**
 * Our markup as an inert fragment: a template parses without running or loading anything, and
 * every draft string in the markup is escaped (renderPageDocument), so none can become a tag.
 */
export function contentFragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** Paginates `doc` into `container`; `onPage` may throw to abort (the preview's newer edit). */
export async function paginate(doc: PageDocument, container: HTMLElement, yieldMode: Yield, onPage?: (page: HTMLElement) => void): Promise<Paginated> {
  const styles = constructedSheet(doc.styleCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, styles];
  try {
    await loadFonts();
    // Measured once Paged.js holds page.css (and before it lays out a page).
    const late = (): string => lateCss(doc, footerHeight(doc, container));
    const run = await runPaged(contentFragment(documentHtml(doc)), [pageCss, doc.pageCss], container, { lateCss: late, ...(onPage ? { onPage } : {}) }, yieldMode);
    numberPages(doc, run.pages);
    placeFooter(doc, run.pages);
    return { run, styles, pageCount: run.pages.length };
  } catch (error) {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== styles);
    throw error;
  }
}

/** Removes a pagination's sheets (its pages go with their container). */
export function disposePaginated(p: Paginated): void {
  p.run.dispose();
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== p.styles);
}
