/**
 * The pages shown by the page document and how they are replaced: a full pagination (print,
 * PDF, the preview's first view and its catch-up after typing) builds the new pages in a hidden
 * container and swaps them in when done; a small edit is patched into the shown pages at once.
 */
import { planPages } from '@shared/layout';
import { renderPageDocument, type PageDocument } from '@shared/layout/html';
import type { PageInput, PageRendered } from './page-api';
import { parsePageInput } from './page-input';
import { disposePaginated, paginate, type Paginated } from './paginate';
import { patchParts } from './patch-parts';
import type { Yield } from './paged-engine';

/** Thrown inside a pagination that a newer one replaced. */
class Superseded extends Error {
  constructor() {
    super('superseded');
  }
}

interface Shown {
  doc: PageDocument;
  paginated: Paginated;
  container: HTMLElement;
}

/** Builds the page document of an input: validated, planned, rendered to HTML strings. */
export function pageDocumentOf(input: PageInput): PageDocument {
  const { draft, layout } = parsePageInput(input);
  return renderPageDocument(planPages(draft, layout));
}

export class PageController {
  private shown: Shown | null = null;
  private generation = 0;
  /** Called after new pages are swapped in (the preview re-applies zoom and scroll). */
  onSwap: (container: HTMLElement) => void = () => {};

  constructor(private readonly stage: HTMLElement) {}

  get current(): Shown | null {
    return this.shown;
  }

  /** Paginates `input` at full speed and shows it: what print and PDF wait for. */
  async renderNow(input: PageInput): Promise<PageRendered> {
    const doc = pageDocumentOf(input);
    const pageCount = await this.paginateAndSwap(doc, 'none');
    return { pageCount, title: doc.title, author: doc.author };
  }

  /**
   * Paginates `doc` in a hidden container, yielding as asked, and swaps it in; a later call
   * supersedes an unfinished one (which then rejects with `Superseded`, see isSuperseded).
   */
  async paginateAndSwap(doc: PageDocument, yieldMode: Yield): Promise<number> {
    const generation = ++this.generation;
    const container = document.createElement('div');
    container.className = 'bc-render';
    container.dataset.pending = 'true';
    this.stage.append(container);
    let paginated: Paginated;
    try {
      paginated = await paginate(doc, container, yieldMode, () => {
        if (generation !== this.generation) throw new Superseded();
      });
    } catch (error) {
      container.remove();
      throw error;
    }
    if (generation !== this.generation) {
      disposePaginated(paginated);
      container.remove();
      throw new Superseded();
    }
    const old = this.shown;
    delete container.dataset.pending;
    this.shown = { doc, paginated, container };
    if (old) {
      old.container.remove();
      disposePaginated(old.paginated);
    }
    document.title = doc.title || 'Báo cáo';
    this.onSwap(container);
    return paginated.pageCount;
  }

  /**
   * Shows `doc` in the pages already laid out, when only the content of some parts changed;
   * false when the structure changed and only a new pagination can show it.
   */
  patch(doc: PageDocument): boolean {
    const shown = this.shown;
    if (!shown || !patchParts(shown.container, shown.doc, doc)) return false;
    shown.paginated.styles.replaceSync(doc.styleCss);
    shown.doc = doc;
    return true;
  }

  /** Cancels a pagination in progress (its promise rejects with Superseded). */
  cancelPending(): void {
    this.generation += 1;
  }
}

/** Whether an error is a pagination that a newer one replaced. */
export function isSuperseded(error: unknown): boolean {
  return error instanceof Superseded;
}
