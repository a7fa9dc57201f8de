/**
 * Paged.js 0.4.3 made to run under the page's strict CSP and to print the NĐ30 layout:
 * - its style sheets become constructed style sheets (CSSOM), since style-src 'self' refuses
 *   the <style> elements it would insert;
 * - header rows of a table repeat at the top of each page it runs onto (Paged.js drops them),
 *   and pages break where LibreOffice breaks the DOCX (break-rules.ts);
 * - a named page's sheet takes the named page's size (Paged.js 0.4 sizes only the page box),
 *   so a landscape appendix is a landscape sheet on screen and in print;
 * - its page queue yields to the event loop through `tick`, not animation frames, so a hidden
 *   print window still paginates and the preview never holds the editor's keystrokes.
 */
import { Handler, Polisher, Previewer, registerHandlers, type Chunker } from 'pagedjs';
import { BreakRules } from './break-rules';

const STOP = Symbol('stop');

/** Paged.js's base style sheet, read without letting its setup() insert a <style> element. */
function readBaseStyles(): string {
  let captured = '';
  const probe = {
    insert(text: string): never {
      captured = text;
      throw STOP;
    },
  };
  try {
    Polisher.prototype.setup.call(probe as unknown as Polisher);
  } catch (error) {
    if (error !== STOP) throw error;
  }
  return captured;
}

function adopt(sheet: CSSStyleSheet): void {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function drop(sheets: readonly CSSStyleSheet[]): void {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !sheets.includes(s));
}

/** A style sheet from text, through the CSSOM (allowed by style-src 'self'). */
export function constructedSheet(text: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
}

/** Polisher whose sheets are constructed style sheets, removed again by destroy(). */
class CspPolisher extends Polisher {
  private static base: string | null = null;
  private readonly own: CSSStyleSheet[] = [];

  override setup(): CSSStyleSheet {
    CspPolisher.base ??= readBaseStyles();
    this.insert(CspPolisher.base);
    this.styleSheet = new CSSStyleSheet();
    this.own.push(this.styleSheet);
    adopt(this.styleSheet);
    return this.styleSheet;
  }

  override insert(text: string): CSSStyleSheet {
    const sheet = constructedSheet(text);
    this.own.push(sheet);
    adopt(sheet);
    return sheet;
  }

  override destroy(): void {
    drop(this.own);
    this.own.length = 0;
  }
}

/**
 * Gives a table that continues on a new page its column widths and its header rows again,
 * before that page is measured: Paged.js rebuilds only the table and tbody shells.
 */
class ContinuedTables extends Handler {
  renderNode(clone: Node, node: Node): void {
    if (!(clone instanceof HTMLTableRowElement) || !(node instanceof HTMLTableRowElement)) return;
    const table = clone.closest('table');
    if (!table?.dataset.splitFrom || table.dataset.continued) return;
    table.dataset.continued = 'true';
    const source = node.closest('table');
    const body = table.querySelector(':scope > tbody');
    const columns = source?.querySelector(':scope > colgroup');
    if (columns && !table.querySelector(':scope > colgroup')) table.insertBefore(columns.cloneNode(true), table.firstChild);
    const head = source?.querySelector(':scope > thead');
    if (!head || head.contains(node) || table.querySelector(':scope > thead')) return;
    const copy = head.cloneNode(true) as HTMLElement;
    copy.dataset.repeated = 'true';
    table.insertBefore(copy, body);
  }
}

/**
 * Marks a block that starts a continuation page of its group, so page.css drops its space
 * before, as Word and LibreOffice do after a page break they chose; marked while the page is
 * laid out, so the room it frees is used.
 */
class PageTopSpacing extends Handler {
  renderNode(clone: Node): void {
    if (!(clone instanceof HTMLElement) || !clone.dataset.part || clone.previousElementSibling) return;
    if (clone.parentElement?.dataset.splitFrom) clone.classList.add('bc-page-top');
  }
}

/** What one pagination needs besides the content. */
export interface PaginationHooks {
  /** CSS that must come after Paged.js's own sheets, made once they are in place. */
  lateCss: () => string;
  /** Called with each laid-out page; throwing aborts the pagination. */
  onPage?: (page: HTMLElement) => void;
}

/** Each run's hooks and late sheet, by its Previewer (runs may overlap: a newer one supersedes). */
const runs = new WeakMap<object, { hooks: PaginationHooks; late: CSSStyleSheet | null }>();

class PageHooks extends Handler {
  private readonly run;

  constructor(chunker: Chunker, polisher: Polisher, caller: unknown) {
    super(chunker, polisher, caller);
    this.run = runs.get(caller as object);
  }

  afterParsed(): void {
    if (!this.run) return;
    this.run.late = constructedSheet(this.run.hooks.lateCss());
    adopt(this.run.late);
  }

  afterPageLayout(pageElement: HTMLElement): void {
    this.run?.hooks.onPage?.(pageElement);
  }
}

registerHandlers(ContinuedTables, PageTopSpacing, BreakRules, PageHooks);

/** How the page queue yields between pages. */
export type Yield = 'none' | 'task';

function taskTick(): (callback: () => void) => void {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return (callback) => {
    waiting.push(callback);
    channel.port2.postMessage(null);
  };
}

/** One run of Paged.js over `content` into `renderTo`. */
export interface PagedRun {
  previewer: Previewer;
  chunker: Chunker;
  pages: HTMLElement[];
  /** Removes the run's style sheets (its pages are removed with their container). */
  dispose(): void;
}

/** Paginates `content` with the given style sheets (CSS text), one run at a time. */
export async function runPaged(
  content: DocumentFragment,
  stylesheets: readonly string[],
  renderTo: HTMLElement,
  hooks: PaginationHooks,
  yieldMode: Yield,
): Promise<PagedRun> {
  const previewer = new Previewer();
  previewer.polisher = new CspPolisher(false);
  previewer.chunker.q.tick = yieldMode === 'none' ? (callback) => callback() : taskTick();
  const run = { hooks, late: null as CSSStyleSheet | null };
  runs.set(previewer, run);
  const dispose = (): void => {
    previewer.polisher.destroy();
    if (run.late) drop([run.late]);
  };
  try {
    const base = window.location.href;
    const flow = await previewer.preview(content, stylesheets.map((text) => ({ [base]: text })), renderTo);
    for (const page of flow.pages) {
      // Each page watches its size to reflow while the run lasts; once it is over Paged.js
      // ignores what the watchers find, but they still run a break search on every page whose
      // size changes (all of them when print starts, or when the preview patches a paragraph in).
      page.removeListeners();
      // Chromium writes a named destination into the PDF for every element with an id; nothing
      // links to the page ids Paged.js sets ("page-12"), so the PDF need not carry them.
      page.element.removeAttribute('id');
    }
    return { previewer, chunker: previewer.chunker, pages: flow.pages.map((p) => p.element), dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
