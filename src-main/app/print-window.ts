/**
 * "In" and "Xuất PDF" in the app: a hidden window loads the page document (the app's own
 * `page/page.html`), lays the draft out in it, then prints it through the system dialog or
 * renders it with printToPDF, and is destroyed.
 *
 * The window is as locked down as the main one (contextIsolation, sandbox, no Node) and has no
 * preload at all, so it cannot reach main. The guards installed on `web-contents-created` and
 * on the default session cover it like every other web contents: navigation, window.open and
 * every request that is not app:// are refused. The draft enters only as the JSON argument of
 * one call written here; nothing from its text is ever evaluated.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions, type PrintToPDFOptions, type WebContentsPrintOptions, type WebPreferences } from 'electron';
import { setPdfProperties } from '../export/pdf/pdf-info';
import type { DraftPrinter, PdfRenderer } from '../services/handler-deps';
import { AppError } from '../shared/api/errors';
import type { Draft } from '../shared/domain/draft-schema';
import type { Layout } from '../shared/domain/settings-schema';
import { APP_ORIGIN, secureWebPreferences } from './security-settings';

/** The page document in the built renderer (src-renderer/page/page.html). */
export const PAGE_URL = `${APP_ORIGIN}/page/page.html`;

/** The page document's URL: app:// in every build, the dev server's copy in development. */
export function pageUrlFor(devServerUrl: string | undefined): string {
  return devServerUrl ? new URL('page/page.html', devServerUrl).href : PAGE_URL;
}

/** What the page document answers once the draft is laid out. */
export interface PageRendered {
  pageCount: number;
  /** Set as the document title, which printToPDF writes as the PDF's Title. */
  title: string;
  author: string;
}

/** Chromium's PDF options for the page document: its own @page size and margins, backgrounds kept. */
export const PDF_OPTIONS: PrintToPDFOptions = { preferCSSPageSize: true, printBackground: true };

/** The part of a BrowserWindow this module uses; the tests pass typed fakes. */
export interface PrintWindowLike {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  isDestroyed(): boolean;
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
    print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  };
}

export type CreatePrintWindow = (options: BrowserWindowConstructorOptions) => PrintWindowLike;

export interface PrintWindowDeps {
  /** `new BrowserWindow(options)` in the app. */
  createWindow: CreatePrintWindow;
  /** PAGE_URL, or the dev server's page in development. */
  pageUrl: string;
  /** The window the print dialog belongs to. */
  parent?: () => BrowserWindow | null;
  /** Sets what Chromium leaves out of the PDF (the Author); the headless renderer's step by default. */
  finishPdf?: (pdf: Uint8Array, rendered: PageRendered) => Promise<Uint8Array>;
  /** Longest wait for loading and laying out, in ms. */
  timeoutMs?: number;
}

/** The hidden window's options: the production settings, no preload, never shown. */
export function printWindowOptions(parent?: BrowserWindow | null): BrowserWindowConstructorOptions {
  const webPreferences: WebPreferences = {
    ...secureWebPreferences('', false),
    // Hidden windows are throttled by default, which would stall the layout's timers.
    backgroundThrottling: false,
  };
  delete webPreferences.preload;
  return {
    show: false,
    // About an A4 page at 96 dpi; the layout sets its own page size.
    width: 794,
    height: 1123,
    paintWhenInitiallyHidden: true,
    ...(parent ? { parent } : {}),
    webPreferences,
  };
}

/**
 * The one piece of code run in the page: wait for the page script, then lay out `input`. The
 * input is inserted as JSON (a literal, never code), so the draft's text stays data.
 */
export function renderCall(input: { draft: Draft; layout: Layout }): string {
  return (
    '(async (input) => {' +
    ' for (let i = 0; i < 200 && !(window.baocaoPage && typeof window.baocaoPage.render === "function"); i++)' +
    ' await new Promise((done) => setTimeout(done, 25));' +
    ' return window.baocaoPage.render(input);' +
    `})(${JSON.stringify(input)})`
  );
}

function isRendered(value: unknown): value is PageRendered {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.pageCount === 'number' && typeof v.title === 'string' && typeof v.author === 'string';
}

const FAILED = 'Chưa dựng được trang in của bản thảo';

/** Opens the hidden window on the draft, runs `use` on it, and destroys the window whatever happens. */
async function withPageWindow<T>(deps: PrintWindowDeps, draft: Draft, layout: Layout, use: (window: PrintWindowLike, rendered: PageRendered) => Promise<T>): Promise<T> {
  const window = deps.createWindow(printWindowOptions(deps.parent?.()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('INTERNAL', `${FAILED}: quá thời gian chờ.`)), deps.timeoutMs ?? 60_000);
  });
  try {
    const work = (async () => {
      await window.loadURL(deps.pageUrl);
      return window.webContents.executeJavaScript(renderCall({ draft, layout }));
    })();
    work.catch(() => undefined); // after a timeout the window is gone and this fails unheard
    const rendered = await Promise.race([work, timeout]);
    if (!isRendered(rendered)) throw new AppError('INTERNAL', `${FAILED}.`);
    clearTimeout(timer);
    return await use(window, rendered);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('INTERNAL', `${FAILED}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
    if (!window.isDestroyed()) window.destroy();
  }
}

/** The app's PDF renderer: printToPDF of the page document, then the metadata step. */
export function electronPdfRenderer(deps: PrintWindowDeps): PdfRenderer {
  const finish = deps.finishPdf ?? (async (pdf: Uint8Array, { title, author }: PageRendered) => setPdfProperties(pdf, { title, author }));
  return (draft, layout) =>
    withPageWindow(deps, draft, layout, async (window, rendered) => finish(new Uint8Array(await window.webContents.printToPDF(PDF_OPTIONS)), rendered));
}

/** The app's printer: the system print dialog on the page document, with the copies preset. */
export function electronPrinter(deps: PrintWindowDeps): DraftPrinter {
  return (draft, layout, copies) =>
    withPageWindow(
      deps,
      draft,
      layout,
      (window) =>
        new Promise<{ printed: boolean }>((resolve, reject) => {
          window.webContents.print({ silent: false, printBackground: true, copies }, (success, failureReason) => {
            // Closing the dialog is the clerk's choice, not a failure.
            if (success || /cancel/i.test(failureReason)) resolve({ printed: success });
            else reject(new AppError('IO_ERROR', `Chưa in được: ${failureReason || 'máy in không phản hồi'}.`));
          });
        }),
    );
}

/** The real window factory. */
export const createBrowserPrintWindow: CreatePrintWindow = (options) => new BrowserWindow(options);
