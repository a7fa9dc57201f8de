/**
 * The live preview inside the page document (`window.baocaoPreview`, page-api.ts): each edit is
 * patched into the shown pages at once, and, unless the patch kept every page break where it
 * was, the whole report is paginated again in the background once typing pauses, a page per
 * task so the editor's keystrokes always go first.
 */
import type { PageDocument } from '@shared/layout/html';
import type { BaocaoPreview, PreviewPart, PreviewUpdate, PreviewZoom } from './page-api';
import { isSuperseded, type PageController } from './page-controller';
import { pageDocumentOf } from './page-input';

/** How long typing must pause before the pages are laid out again. */
const REPAGINATE_AFTER_MS = 400;
/** Room around the pages at "fit width". */
const SIDE_ROOM_PX = 24;

function targetOf(container: HTMLElement, part: PreviewPart): Element | null {
  const q = (selector: string): Element | null => container.querySelector(`.pagedjs_page_content ${selector}`);
  switch (part.kind) {
    case 'header':
      return q('[data-part="header"]');
    case 'title':
      return q('[data-part="title"]');
    case 'kinh-gui':
      return q('[data-part="kinh-gui"]') ?? q('[data-part="title"]');
    case 'opening':
      return q('[data-part="c0"]');
    case 'closing':
      return q('.bc-p-closing') ?? q('.bc-p-end-mark') ?? q('[data-part="signature"]');
    case 'signature':
      return q('[data-part="signature"]');
    case 'section':
      return q(`[data-section="${CSS.escape(part.id)}"]`);
    case 'appendix':
      return q(`[data-appendix="${CSS.escape(part.id)}"]`);
  }
}

/** Installs `window.baocaoPreview` over the page controller. */
export function installPreview(controller: PageController): void {
  const stage = document.getElementById('bc-stage');
  let zoom: PreviewZoom = 'fit-width';
  let part: PreviewPart | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due: PageDocument | null = null;
  /** Whether a patch may have moved a page break since the last pagination started. */
  let stale = false;
  let running = 0;
  let waiters: (() => void)[] = [];

  const applyZoom = (): void => {
    const container = controller.current?.container;
    if (!stage || !container) return;
    const width = container.offsetWidth;
    const height = container.offsetHeight;
    const fit = (document.documentElement.clientWidth - 2 * SIDE_ROOM_PX) / Math.max(1, width);
    const scale = zoom === 'actual' ? 1 : Math.max(0.1, Math.min(1, fit));
    container.style.transform = `scale(${scale})`;
    stage.style.width = `${Math.ceil(width * scale)}px`;
    stage.style.height = `${Math.ceil(height * scale)}px`;
    document.documentElement.dataset.zoom = zoom;
    document.documentElement.dataset.scale = scale.toFixed(3);
  };

  const reveal = (wanted: PreviewPart, onlyIfHidden: boolean): void => {
    const container = controller.current?.container;
    const element = container ? targetOf(container, wanted) : null;
    if (!element) return;
    const top = element.getBoundingClientRect().top;
    if (onlyIfHidden && top >= 0 && top < window.innerHeight * 0.8) return;
    window.scrollBy({ top: top - SIDE_ROOM_PX, behavior: 'instant' });
  };

  const settle = (): void => {
    if (running > 0 || timer !== undefined) return;
    const list = waiters;
    waiters = [];
    list.forEach((done) => done());
  };

  const paginateDue = async (): Promise<void> => {
    timer = undefined;
    const doc = due;
    if (!doc) return settle();
    running += 1;
    stale = false;
    let superseded = false;
    try {
      await controller.paginateAndSwap(doc, 'task');
    } catch (error) {
      superseded = isSuperseded(error);
      if (!superseded) console.error('Không dựng lại được trang xem trước:', error);
    } finally {
      running -= 1;
    }
    // A newer pagination took over and will finish the job.
    if (superseded) return;
    if (due === doc) due = null;
    if (due) schedule();
    else settle();
  };

  function schedule(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void paginateDue(), REPAGINATE_AFTER_MS);
  }

  /** Shows `doc`: patched into the shown pages when only some parts changed, else paginated now. */
  async function show(doc: PageDocument, start: number): Promise<PreviewUpdate> {
    const patched = controller.patch(doc);
    if (patched) {
      // The shown pages now hold `doc`; lay them out again once typing pauses, unless every
      // page break is sure to stay where it is (and no earlier patch moved one).
      stale ||= !patched.breaksKept || running > 0;
      if (!stale) return { shownMs: performance.now() - start, patched: true };
      if (running > 0) controller.cancelPending();
      due = doc;
      schedule();
      return { shownMs: performance.now() - start, patched: true };
    }
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    due = doc;
    await paginateDue();
    return { shownMs: performance.now() - start, patched: false };
  }

  controller.onSwap = () => {
    const y = window.scrollY;
    applyZoom();
    window.scrollTo({ top: y, behavior: 'instant' });
    if (part) reveal(part, true);
  };
  window.addEventListener('resize', applyZoom);

  const preview: BaocaoPreview = {
    async update(input) {
      const start = performance.now();
      return show(pageDocumentOf(input), start);
    },
    show(doc) {
      return show(doc, performance.now());
    },
    settled() {
      return new Promise((done) => {
        waiters.push(() => done({ pageCount: controller.current?.paginated.pageCount ?? 0 }));
        settle();
      });
    },
    reveal(wanted) {
      part = wanted;
      reveal(wanted, false);
    },
    setZoom(next) {
      zoom = next;
      applyZoom();
    },
  };
  window.baocaoPreview = Object.freeze(preview);
}
