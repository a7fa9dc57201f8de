/**
 * The pages shown by the page document and how they are replaced: a full pagination (print,
 * PDF, the preview's first view and its catch-up after typing) builds the new pages in a hidden
 * container and swaps them in when done; a small edit is patched into the shown pages at once.
 */
import type { PageDocument } from '@shared/layout/html';
import type { PageInput, PageRendered } from './page-api';
import { pageDocumentOf } from './page-input';
import { disposePaginated, paginate, type Paginated } from './paginate';
import { patchParts, type PatchResult } from './patch-parts';
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
  /** Laid out by renderNow, for print and PDF. */
  forPrint: boolean;
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

  /**
   * Paginates `input` at full speed and shows it: what print and PDF wait for. Their window is
   * never looked at, so the pages are laid out where they print, not hidden and swapped in:
   * showing a hidden container restyles and lays out every page once more.
   */
  async renderNow(input: PageInput): Promise<PageRendered> {
    const started = performance.now();
    const doc = pageDocumentOf(input);
    const planned = performance.now();
    const pageCount = await this.paginateAndSwap(doc, 'none', 'in-place');
    return { pageCount, title: doc.title, author: doc.author, phases: { planMs: planned - started, paginateMs: performance.now() - planned } };
  }

  /**
   * Paginates `doc`, yielding as asked, and shows it: by default in a hidden container swapped
   * in when done (the preview keeps showing the old pages meanwhile, then re-applies zoom and
   * scroll through onSwap); 'in-place' lays the pages out where they are shown, for print. A
   * later call supersedes an unfinished one (which then rejects with `Superseded`).
   */
  async paginateAndSwap(doc: PageDocument, yieldMode: Yield, placement: 'swap' | 'in-place' = 'swap'): Promise<number> {
    const generation = ++this.generation;
    const container = document.createElement('div');
    container.className = 'bc-render';
    if (placement === 'swap') container.dataset.pending = 'true';
    else this.clear();
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
    this.shown = { doc, paginated, container, forPrint: placement === 'in-place' };
    if (old) {
      old.container.remove();
      disposePaginated(old.paginated);
    }
    document.title = doc.title || 'Báo cáo';
    if (placement === 'swap') {
      // Pages for the screen again (see page.ts): shown, whatever was printed before.
      delete document.documentElement.dataset.printing;
      this.onSwap(container);
    }
    return paginated.pageCount;
  }

  /** Removes the pages shown. */
  private clear(): void {
    const old = this.shown;
    this.shown = null;
    if (!old) return;
    old.container.remove();
    disposePaginated(old.paginated);
  }

  /**
   * Shows `doc` in the pages already laid out, when only the content of some parts changed
   * (see PatchResult); null when the structure changed and only a new pagination can show it.
   */
  patch(doc: PageDocument): PatchResult {
    const shown = this.shown;
    const result = shown ? patchParts(shown.container, shown.doc, doc) : null;
    if (!shown || !result) return null;
    // Replacing the sheet restyles every page: only when a class came or went.
    if (doc.styleCss !== shown.doc.styleCss) shown.paginated.styles.replaceSync(doc.styleCss);
    shown.doc = doc;
    return result;
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
