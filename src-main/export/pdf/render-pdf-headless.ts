/**
 * The PDF of a draft without Electron: the built page document (the same one the app prints)
 * rendered by the system's Chromium through playwright-core, so scripts and tests get the very
 * PDF the app makes. The page runs in a fresh profile with networking switched off; every request
 * is answered from the app's own files or aborted and counted.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Route } from 'playwright-core';
import { AppError } from '../../shared/api/errors';
import type { Draft } from '../../shared/domain/draft-schema';
import type { Layout } from '../../shared/domain/settings-schema';
import { securityHeadersFor } from '../../security/csp';
import { mimeOf, resolveStaticPath } from '../../security/static-files';
import { findChromium } from './chromium-path';
import { PAGE_DOCUMENT, rendererBuildDir } from './page-bundle';
import { setPdfProperties } from './pdf-info';

/**
 * playwright-core, loaded on demand so the rest of the CLI starts without it, and through
 * require with a computed name so the CLI bundle leaves it in node_modules (it does not survive
 * bundling, and the bundle's loader has no dynamic import).
 */
function loadPlaywright(): typeof import('playwright-core') {
  const name = 'playwright-core';
  return createRequire(import.meta.url)(name) as typeof import('playwright-core');
}

/** The origin the page is served from: a reserved name (RFC 2606) that never resolves. */
export const PAGE_ORIGIN = 'https://baocao.invalid';

/** Flags for a one-shot headless Chromium that never reaches out. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
];

export interface HeadlessPdfOptions {
  /** Chromium, Chrome or Edge executable; found by findChromium when not given. */
  chromium?: string;
  /** The renderer build (out/renderer by default). */
  rendererDir?: string;
  /** Gives up after this long (default 120 s). */
  timeoutMs?: number;
  /** A JavaScript expression evaluated in the page once it is laid out (tests); its value is `probe`. */
  probe?: string;
}

export interface HeadlessPdf {
  bytes: Uint8Array;
  pageCount: number;
  title: string;
  author: string;
  /** Requests that were not for the app's own files; all aborted. Zero is the expected value. */
  blockedRequests: string[];
  /** Errors the page reported while rendering (none expected). */
  pageErrors: string[];
  /** The value of `options.probe`, when given. */
  probe?: unknown;
}

/** The page document's interface (src-renderer/page/page-api.ts), as seen from here. */
interface PageWindow {
  baocaoPage: { render(input: { draft: unknown; layout: unknown }): Promise<{ pageCount: number; title: string; author: string }> };
}

/** Serves the renderer build on PAGE_ORIGIN and aborts (and records) everything else. */
async function serveAppOnly(context: BrowserContext, rendererDir: string, blocked: string[]): Promise<void> {
  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    const file = url.origin === PAGE_ORIGIN ? resolveStaticPath(rendererDir, url.pathname) : null;
    if (!file) {
      blocked.push(route.request().url());
      await route.abort('blockedbyclient');
      return;
    }
    try {
      const body = await readFile(file);
      await route.fulfill({ status: 200, body, headers: { ...securityHeadersFor(url.pathname), 'Content-Type': mimeOf(file) } });
    } catch {
      blocked.push(route.request().url());
      await route.fulfill({ status: 404, body: '', headers: securityHeadersFor(url.pathname) });
    }
  });
}

/** Renders the PDF of `draft` in the page layout of `layout`. */
export async function renderPdfHeadless(draft: Draft, layout: Layout, options: HeadlessPdfOptions = {}): Promise<HeadlessPdf> {
  const executablePath = findChromium({ explicit: options.chromium });
  const rendererDir = rendererBuildDir(options.rendererDir);
  const timeout = options.timeoutMs ?? 120_000;
  const { chromium } = loadPlaywright();
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  let browser: Browser | null = null;
  try {
    // launch() runs Chromium on a fresh temporary --user-data-dir of its own and removes it on
    // close: nothing of the user's profile is read, nothing is left behind.
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout });
    const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: false, javaScriptEnabled: true });
    await serveAppOnly(context, rendererDir, blocked);
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${PAGE_ORIGIN}/${PAGE_DOCUMENT}`);
    await page.waitForFunction("document.documentElement.dataset.ready === 'true'");
    let rendered: { pageCount: number; title: string; author: string };
    try {
      rendered = await page.evaluate((input) => (globalThis as unknown as PageWindow).baocaoPage.render(input), { draft: draft as unknown, layout: layout as unknown });
    } catch (error) {
      const message = (error as Error).message.split('\n')[0]?.replace(/^.*?Error: /, '') ?? '';
      throw new AppError('INVALID_ARGUMENT', message || 'Không dựng được trang in của bản thảo');
    }
    const probe = options.probe === undefined ? undefined : await page.evaluate(options.probe);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const bytes = setPdfProperties(new Uint8Array(pdf), { title: rendered.title, author: rendered.author });
    return { bytes, ...rendered, blockedRequests: blocked, pageErrors, ...(options.probe === undefined ? {} : { probe }) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('INTERNAL', `Không tạo được PDF bằng ${executablePath}: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

/** A PdfRenderer (services/handler-deps.ts) over the headless Chromium. */
export function headlessPdfRenderer(options: HeadlessPdfOptions = {}): (draft: Draft, layout: Layout) => Promise<Uint8Array> {
  return async (draft, layout) => (await renderPdfHeadless(draft, layout, options)).bytes;
}
