/**
 * The PDF of a draft without Electron: the built page document (the same one the app prints)
 * rendered by the system's Chromium through playwright-core, so scripts and tests get the very
 * PDF the app makes. The page runs in a fresh profile with networking switched off; every request
 * is answered from the app's own files or aborted and counted.
 */
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
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
  /** Where the time went, in ms (for the bench). */
  phases: HeadlessPdfPhases;
}

/** The steps of one headless rendering, in ms; `plan` and `paginate` are the page's share of `layout`. */
export interface HeadlessPdfPhases {
  /** Chromium started, its context and tab open. */
  launch: number;
  /** The page document loaded and its script run (the draft meanwhile on its way). */
  load: number;
  /** The draft handed over, validated, planned and paginated. */
  layout: number;
  plan: number;
  paginate: number;
  /** page.pdf and the document properties. */
  print: number;
  /** Chromium closed and its profile removed. */
  close: number;
}

/** What the page's `render` resolves to (src-renderer/page/page-api.ts), as seen from here. */
export interface PageRendered {
  pageCount: number;
  title: string;
  author: string;
  phases?: { planMs: number; paginateMs: number };
}

/** The page's globals renderInPage touches, as seen from here (this zone has no DOM types). */
interface PageGlobals {
  baocaoPage?: { render(input: { draft: unknown; layout: unknown }): Promise<PageRendered> };
  document: { addEventListener(type: 'DOMContentLoaded', listener: () => void, options: { once: true }): void };
  performance: { now(): number; getEntriesByType(type: 'navigation'): { domContentLoadedEventStart: number }[] };
}

/**
 * The renderer build's files, read once per process and kept: repeated renderings (the test
 * suite, a batch of exports, the bench) answer the page from memory. Keyed by path and mtime,
 * so a rebuilt file is read again.
 */
const served = new Map<string, { mtimeMs: number; body: Buffer }>();

async function servedFile(file: string): Promise<Buffer> {
  const { mtimeMs } = await stat(file);
  const kept = served.get(file);
  if (kept && kept.mtimeMs === mtimeMs) return kept.body;
  const body = await readFile(file);
  served.set(file, { mtimeMs, body });
  return body;
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
      const body = await servedFile(file);
      await route.fulfill({ status: 200, body, headers: { ...securityHeadersFor(url.pathname), 'Content-Type': mimeOf(file) } });
    } catch {
      blocked.push(route.request().url());
      await route.fulfill({ status: 404, body: '', headers: securityHeadersFor(url.pathname) });
    }
  });
}

/**
 * Lays the draft out in the page, sent as soon as the page document is committed: the input
 * travels while the page script loads, and the page starts the moment its script has run
 * (module scripts run before DOMContentLoaded). The input crosses as one JSON string, parsed by
 * the page: playwright's own argument encoding walks a long draft object by object on both
 * sides, which took longer than planning it. Runs in the page (no closure, no named helper).
 */
async function renderInPage(json: string): Promise<PageRendered & { waitedMs: number }> {
  const page = globalThis as unknown as PageGlobals;
  const arrived = page.performance.now();
  // Zero until the parser is done and the page script has run (readyState is "interactive" before it runs).
  const [navigation] = page.performance.getEntriesByType('navigation');
  if (!(navigation && navigation.domContentLoadedEventStart > 0)) await new Promise<void>((done) => page.document.addEventListener('DOMContentLoaded', done, { once: true }));
  const waitedMs = page.performance.now() - arrived;
  if (!page.baocaoPage) throw new Error('Trang in chưa sẵn sàng');
  return { ...(await page.baocaoPage.render(JSON.parse(json) as { draft: unknown; layout: unknown })), waitedMs };
}

/** Where the page document is loaded from. */
export const PAGE_URL = `${PAGE_ORIGIN}/${PAGE_DOCUMENT}`;

/** Starts Chromium on a fresh temporary profile of its own, removed on close: nothing of the user's profile is read, nothing is left behind. */
export function launchChromium(executablePath: string, timeout: number): Promise<Browser> {
  return loadPlaywright().chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout });
}

/** A tab for one draft: its own browser context (no cookie, storage or cache shared), serving the app only. */
export interface AppTab {
  context: BrowserContext;
  page: Page;
  /** Requests that were not for the app's own files; all aborted. */
  blocked: string[];
  /** Errors the page reported. */
  pageErrors: string[];
}

/** Opens a new context of `browser` answered by the renderer build only, and a tab in it that records its errors. */
export async function openAppTab(browser: Browser, rendererDir: string, timeout: number): Promise<AppTab> {
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: false, javaScriptEnabled: true });
  try {
    const blocked: string[] = [];
    const pageErrors: string[] = [];
    await serveAppOnly(context, rendererDir, blocked);
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { context, page, blocked, pageErrors };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

/** Hands the draft to the page document of `page` (committed or loaded) and waits for its layout; the page's refusal becomes an AppError. */
export async function layOutIn(page: Page, input: string): Promise<PageRendered & { waitedMs: number }> {
  try {
    return await page.evaluate(renderInPage, input);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]?.replace(/^.*?Error: /, '') ?? '';
    throw new AppError('INVALID_ARGUMENT', message || 'Không dựng được trang in của bản thảo');
  }
}

/** Evaluates the probe (tests), prints the laid-out page and sets the document's title and author. */
export async function printLaidOut(page: Page, rendered: PageRendered, probe: string | undefined): Promise<{ bytes: Uint8Array; probe?: unknown }> {
  const probed = probe === undefined ? {} : { probe: await page.evaluate(probe) };
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  return { bytes: setPdfProperties(new Uint8Array(pdf), { title: rendered.title, author: rendered.author }), ...probed };
}

/** Zeroed phases and a lap timer: each call returns the ms since the previous one (or the start). */
export function phaseClock(): { phases: HeadlessPdfPhases; lap: () => number } {
  const phases: HeadlessPdfPhases = { launch: 0, load: 0, layout: 0, plan: 0, paginate: 0, print: 0, close: 0 };
  let mark = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - mark;
    mark = now;
    return ms;
  };
  return { phases, lap };
}

/** A failure of the browser itself, in Vietnamese, naming the executable; AppErrors pass unchanged. */
export function pdfFailure(error: unknown, executablePath: string): AppError {
  if (error instanceof AppError) return error;
  return new AppError('INTERNAL', `Không tạo được PDF bằng ${executablePath}: ${(error as Error).message.split('\n')[0]}`);
}

/** Renders the PDF of `draft` in the page layout of `layout`, in a Chromium started for it and closed after. */
export async function renderPdfHeadless(draft: Draft, layout: Layout, options: HeadlessPdfOptions = {}): Promise<HeadlessPdf> {
  const executablePath = findChromium({ explicit: options.chromium });
  const rendererDir = rendererBuildDir(options.rendererDir);
  const timeout = options.timeoutMs ?? 120_000;
  const { phases, lap } = phaseClock();
  let browser: Browser | null = null;
  try {
    const launched = launchChromium(executablePath, timeout);
    const input = JSON.stringify({ draft, layout });
    browser = await launched;
    const { page, blocked, pageErrors } = await openAppTab(browser, rendererDir, timeout);
    phases.launch = lap();
    await page.goto(PAGE_URL, { waitUntil: 'commit' });
    const committed = lap();
    const rendered = await layOutIn(page, input);
    const evaluated = lap();
    phases.load = committed + rendered.waitedMs;
    phases.layout = evaluated - rendered.waitedMs;
    phases.plan = rendered.phases?.planMs ?? 0;
    phases.paginate = rendered.phases?.paginateMs ?? 0;
    const printed = await printLaidOut(page, rendered, options.probe);
    phases.print = lap();
    const { pageCount, title, author } = rendered;
    return { ...printed, pageCount, title, author, blockedRequests: blocked, pageErrors, phases };
  } catch (error) {
    throw pdfFailure(error, executablePath);
  } finally {
    lap();
    await browser?.close().catch(() => undefined);
    phases.close = lap();
  }
}
