/**
 * The page document's interface (src-renderer/page/page.html, built to out/renderer/page/page.html).
 *
 * Print, PDF and e-mail callers load that page (it loads only the app's own files and makes no
 * request), call `render` with JSON through `executeJavaScript` / `page.evaluate`, await it, then
 * print. `render` validates its input with the shared zod schemas (a wrong field rejects with a
 * Vietnamese message naming it), builds the page plan, renders the HTML with every text escaped,
 * paginates, and resolves when the fonts are loaded and every page is laid out. Nothing of the
 * draft ever runs: text is escaped, never parsed as markup. The document's <title> becomes the
 * trích yếu (Chromium uses it as the PDF title); `author` is the issuing agency, for the PDF's
 * Author entry.
 *
 * The preview (a same-origin iframe of the same page) uses `baocaoPreview` on top of it.
 */
import type { PageDocument } from '@shared/layout/html';

/** What `render` takes: a draft (DraftSchema) and the layout settings (LayoutSchema), as JSON. */
export interface PageInput {
  draft: unknown;
  layout: unknown;
}

/** What `render` resolves to. */
export interface PageRendered {
  pageCount: number;
  /** The trích yếu on one line (also set as the document title). */
  title: string;
  /** The issuing agency on one line. */
  author: string;
  /** Where the time went, in ms (for the bench): validating and planning, then paginating. */
  phases?: { planMs: number; paginateMs: number };
}

export interface BaocaoPage {
  render(input: PageInput): Promise<PageRendered>;
}

/** How the preview shows the pages. */
export type PreviewZoom = 'fit-width' | 'actual';

/** Where the clerk is working: the preview scrolls there. */
export type PreviewPart =
  | { kind: 'header' | 'title' | 'kinh-gui' | 'opening' | 'closing' | 'signature' }
  | { kind: 'section'; id: string }
  | { kind: 'appendix'; id: string };

/** Timings of one preview update, for the bench and the tests. */
export interface PreviewUpdate {
  /** The edit is visible in the pages shown (patched in place, or freshly paginated). */
  shownMs: number;
  /** Whether the pages were patched in place (a full pagination follows when typing pauses). */
  patched: boolean;
}

export interface BaocaoPreview {
  /** Shows `input`: patches the pages in place when it can, and repaginates off the keystroke path. */
  update(input: PageInput): Promise<PreviewUpdate>;
  /**
   * Shows a page document the caller built from a draft with `pageDocumentOf` (page-input.ts),
   * as `update` does: the editor builds it in a worker, so the keystrokes never wait for it.
   */
  show(doc: PageDocument): Promise<PreviewUpdate>;
  /** Resolves when no pagination is pending or running (for tests and the bench). */
  settled(): Promise<{ pageCount: number }>;
  reveal(part: PreviewPart): void;
  setZoom(zoom: PreviewZoom): void;
}

declare global {
  interface Window {
    baocaoPage?: BaocaoPage;
    baocaoPreview?: BaocaoPreview;
  }
}
