/**
 * A kept ("warm") headless Chromium for processes that export PDFs more than once: the loopback
 * server, the e2e app, a batch. The one-shot renderer (render-pdf-headless.ts) pays a browser
 * launch, a tab and a page load on every export; this engine launches Chromium once and keeps one
 * fresh tab ready with the page document loaded and its script run, so an export only lays out
 * and prints.
 *
 * Isolation is the same as the one-shot path's: every draft gets a tab in a browser context of
 * its own (no cookie, storage, cache or script state shared), served by the app's files only,
 * and that tab and its context are closed as soon as its PDF is printed; the next tab is prepared
 * straight after. Exports run one at a time. A Chromium that died, or a failure of the browser,
 * is closed and the next export launches a new one; the engine ends Chromium after an idle time
 * and on close().
 */
import type { Browser } from 'playwright-core';
import type { Draft } from '../../shared/domain/draft-schema';
import type { Layout } from '../../shared/domain/settings-schema';
import { AppError } from '../../shared/api/errors';
import { findChromium } from './chromium-path';
import { rendererBuildDir } from './page-bundle';
import {
  launchChromium,
  layOutIn,
  openAppTab,
  PAGE_URL,
  pdfFailure,
  printLaidOut,
  type AppTab,
  type HeadlessPdf,
  type HeadlessPdfOptions,
  phaseClock,
} from './render-pdf-headless';

/** How long Chromium is kept with no export before it is closed, by default. */
export const PDF_ENGINE_IDLE_MS = 2 * 60 * 1000;

export interface PdfEngineOptions extends Omit<HeadlessPdfOptions, 'probe'> {
  /** Chromium is closed after this long without an export (default PDF_ENGINE_IDLE_MS). */
  idleMs?: number;
}

/** What the engine holds right now (tests and diagnostics). */
export interface PdfEngineStatus {
  /** Process id of the running Chromium, null when none runs. */
  pid: number | null;
  /** Browser contexts open in it: one, the ready tab's, between exports. */
  contexts: number;
  /** Tabs open in it. */
  pages: number;
}

export interface PdfEngine {
  /**
   * Renders the PDF of `draft`, as renderPdfHeadless does. In `phases`, `launch` is how long this
   * export waited for a ready tab (Chromium's launch and the page load, when it was not ready yet;
   * about zero when warm), `load` is always 0 (done ahead), and `close` is the closing of its tab.
   */
  render(draft: Draft, layout: Layout, options?: { probe?: string }): Promise<HeadlessPdf>;
  /** Resolves once Chromium runs and a tab is ready (launching it when needed). */
  warm(): Promise<void>;
  status(): PdfEngineStatus;
  /** Ends Chromium after the queued exports; a later export launches it again. */
  close(): Promise<void>;
}

/** A Chromium the engine launched, and its process id. */
interface Running {
  browser: Browser;
  pid: number | null;
}

/** The browser's process id, asked over CDP (playwright-core does not expose the launched process). */
async function browserPid(browser: Browser): Promise<number | null> {
  try {
    const session = await browser.newBrowserCDPSession();
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    await session.detach().catch(() => undefined);
    return processInfo.find((p) => p.type === 'browser')?.id ?? null;
  } catch {
    return null;
  }
}

/** Settles as `work` does, or rejects with TimedOut after `ms`. */
async function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

class TimedOut extends Error {}

/** Chromium ended under an export that had its tab (killed, crashed). */
class BrowserDied extends Error {}

/** Opens an engine; nothing is launched until the first export (or warm()). */
export function openPdfEngine(options: PdfEngineOptions = {}): PdfEngine {
  const timeout = options.timeoutMs ?? 120_000;
  const idleMs = options.idleMs ?? PDF_ENGINE_IDLE_MS;
  /** The Chromium in use, launched or being launched. */
  let launching: Promise<Running> | null = null;
  let current: Running | null = null;
  /** The next draft's tab, loaded or loading. */
  let ready: Promise<AppTab> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let queued = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts shutdowns: what was started before the last one is not to be kept. */
  let generations = 0;

  const where = (): { executablePath: string; rendererDir: string } => ({
    executablePath: findChromium({ explicit: options.chromium }),
    rendererDir: rendererBuildDir(options.rendererDir),
  });

  /** Runs `task` after every task queued before it; with `idleAfter`, the idle clock starts when the queue empties. */
  const enqueue = <T>(task: () => Promise<T>, idleAfter: boolean): Promise<T> => {
    clearTimeout(idleTimer);
    queued += 1;
    const result = queue.then(task);
    queue = result.then(
      () => undefined,
      () => undefined,
    );
    void queue.then(() => {
      queued -= 1;
      if (queued === 0 && idleAfter && launching) {
        idleTimer = setTimeout(() => void engine.close(), idleMs);
        idleTimer.unref();
      }
    });
    return result;
  };

  const alive = (): Running | null => (current?.browser.isConnected() ? current : null);

  /**
   * The running Chromium, launched when there is none (or it died). A tab being prepared when
   * the engine shuts down belongs to the closed generation and launches nothing: close() leaves
   * no Chromium behind.
   */
  const browserNow = async (executablePath: string, generation: number): Promise<Browser> => {
    const run = await launching?.catch(() => null);
    if (generation !== generations) throw new Error('Trình tạo PDF đã đóng');
    if (run?.browser.isConnected()) return run.browser;
    const launched = (async () => {
      await run?.browser.close().catch(() => undefined);
      const browser = await launchChromium(executablePath, timeout);
      const started: Running = { browser, pid: await browserPid(browser) };
      if (generation === generations) current = started;
      return started;
    })();
    launching = launched;
    return (await launched).browser;
  };

  /** Closes Chromium and forgets the ready tab: the next export starts from a new launch. */
  const shutdown = async (): Promise<void> => {
    generations += 1;
    const run = launching;
    const tab = ready;
    launching = null;
    current = null;
    ready = null;
    // A tab being prepared settles first and its context goes before Chromium does: closing the
    // browser under a navigation in flight makes Playwright receive responses for objects it
    // already disposed ("Object with guid response@… was not bound"), thrown outside any caller.
    const settled = await tab?.catch(() => null);
    await settled?.context.close().catch(() => undefined);
    await (await run?.catch(() => null))?.browser.close().catch(() => undefined);
  };

  /** Prepares a tab: its own context, the page document loaded and its script run, waiting for `render`. */
  const prepare = (executablePath: string, rendererDir: string): Promise<AppTab> => {
    const tab = (async () => {
      const opened = await openAppTab(await browserNow(executablePath, generations), rendererDir, timeout);
      try {
        await opened.page.goto(PAGE_URL, { waitUntil: 'domcontentloaded' });
        if (!(await opened.page.evaluate("typeof window.baocaoPage?.render === 'function'"))) throw new Error('Trang in chưa sẵn sàng');
        return opened;
      } catch (error) {
        await opened.context.close().catch(() => undefined);
        throw error;
      }
    })();
    // Its failure is met by the export that takes it.
    tab.catch(() => undefined);
    return tab;
  };

  /** The ready tab, taken out of the engine; if it failed or its Chromium died, a new Chromium and tab. */
  const takeTab = async (executablePath: string, rendererDir: string): Promise<AppTab> => {
    const pending = ready ?? prepare(executablePath, rendererDir);
    ready = null;
    const tab = await pending.catch(() => null);
    if (tab && !tab.page.isClosed() && tab.context.browser()?.isConnected()) return tab;
    await tab?.context.close().catch(() => undefined);
    await shutdown();
    return prepare(executablePath, rendererDir);
  };

  const renderOnce = async (draft: Draft, layout: Layout, probe: string | undefined, executablePath: string, rendererDir: string): Promise<HeadlessPdf> => {
    const { phases, lap } = phaseClock();
    const input = JSON.stringify({ draft, layout });
    const tab = await takeTab(executablePath, rendererDir);
    phases.launch = lap();
    try {
      const rendered = await layOutIn(tab.page, input);
      phases.layout = lap();
      phases.plan = rendered.phases?.planMs ?? 0;
      phases.paginate = rendered.phases?.paginateMs ?? 0;
      const printed = await printLaidOut(tab.page, rendered, probe);
      phases.print = lap();
      const { pageCount, title, author } = rendered;
      return { ...printed, pageCount, title, author, blockedRequests: tab.blocked, pageErrors: tab.pageErrors, phases };
    } catch (error) {
      if (!tab.context.browser()?.isConnected()) throw new BrowserDied();
      throw error;
    } finally {
      // No state of this draft may reach another's page: its tab and context go, whatever happened.
      await tab.context.close().catch(() => undefined);
      phases.close = lap();
    }
  };

  const engine: PdfEngine = {
    render(draft, layout, renderOptions = {}) {
      return enqueue(async () => {
        const { executablePath, rendererDir } = where();
        const attempt = (): Promise<HeadlessPdf> => within(renderOnce(draft, layout, renderOptions.probe, executablePath, rendererDir), timeout);
        try {
          let result: HeadlessPdf;
          try {
            result = await attempt();
          } catch (error) {
            // Once more, in a new Chromium.
            if (!(error instanceof BrowserDied)) throw error;
            result = await attempt();
          }
          ready = prepare(executablePath, rendererDir);
          return result;
        } catch (error) {
          // A draft the page refused leaves Chromium as it was; anything else starts it afresh next time.
          if (error instanceof AppError && alive()) ready = prepare(executablePath, rendererDir);
          else await shutdown();
          if (error instanceof TimedOut) throw new AppError('INTERNAL', `Không tạo được PDF bằng ${executablePath}: quá ${Math.round(timeout / 1000)} giây mà trang in chưa xong.`);
          if (error instanceof BrowserDied) throw new AppError('INTERNAL', `Không tạo được PDF bằng ${executablePath}: trình duyệt đã dừng đột ngột.`);
          throw pdfFailure(error, executablePath);
        }
      }, true);
    },
    warm() {
      return enqueue(async () => {
        const { executablePath, rendererDir } = where();
        try {
          ready = Promise.resolve(await takeTab(executablePath, rendererDir));
        } catch (error) {
          await shutdown();
          throw pdfFailure(error, executablePath);
        }
      }, true);
    },
    status() {
      const run = alive();
      if (!run) return { pid: null, contexts: 0, pages: 0 };
      const contexts = run.browser.contexts();
      return { pid: run.pid, contexts: contexts.length, pages: contexts.reduce((n, c) => n + c.pages().length, 0) };
    },
    close() {
      return enqueue(shutdown, false);
    },
  };
  return engine;
}

/** A PdfRenderer (services/handler-deps.ts) over an engine. */
export function engineRenderer(engine: PdfEngine): (draft: Draft, layout: Layout) => Promise<Uint8Array> {
  return async (draft, layout) => (await engine.render(draft, layout)).bytes;
}
