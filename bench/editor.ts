/**
 * Guided editor benchmark on the ~100-page report of docx-export.ts (600 paragraphs, 10 tables,
 * 20 footnotes), in Chromium against the built renderer (out/renderer, `npx electron-vite build`)
 * served by the real services on a temporary data folder:
 *   - time to open the draft: the click on "Mở" in the list to the first field of the step the
 *     editor opens on, then (when that is not step 3) the click on "Nội dung" to the first
 *     section's rich text visible, and the two together (median of a few);
 *   - keystroke-to-paint: 200 keys typed in a paragraph in the middle of the report, each from
 *     the key's dispatch in the page to the frame after its letter is in the field (median, p95);
 *   - the renderer's JS heap after opening and after typing.
 * Run twice: with the A4 preview beside the step (as shipped), and with the history panel in its
 * place, the only way the UI hides the preview. Goals (issue 9): p95 ≤ 16 ms, open ≤ 500 ms.
 * Figures are printed, never asserted. Run: node --import tsx bench/editor.ts
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../src-main/export/pdf/chromium-path';
import { CHROMIUM_ARGS } from '../src-main/export/pdf/render-pdf-headless';
import { serveDataFolder } from '../src-main/http/serve-data-folder';
import { benchDraft } from './docx-export';

const RENDERER_DIR = resolve(import.meta.dirname, '../out/renderer');
const KEYSTROKES = 200;
const OPENS = 5;
/** Pause between keys: a brisk clerk's pace (~ 10 keys a second with the key's own time). */
const KEY_PACE_MS = 60;
/** The section in the middle of the report (mục III, khoản 3) and a paragraph in it. */
const MIDDLE_SECTION = '2.2';
const MIDDLE_PARAGRAPH = 10;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
const p95 = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] ?? NaN;
const ms = (x: number): string => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');

/**
 * In-page probe (a string: tsx would wrap a function in a helper the page does not have).
 * A capture keydown listener stamps the key's dispatch; the first change of the field after it
 * waits for the next animation frame and then for the task after that frame (the paint is done
 * by then), and records the time since the stamp.
 */
const PROBE = `(() => {
  const field = document.querySelector('[data-testid="block-${MIDDLE_SECTION}"] [contenteditable="true"]');
  let started = 0;
  let pending = null;
  const results = [];
  const channel = new MessageChannel();
  let afterPaint = null;
  channel.port1.onmessage = () => { const f = afterPaint; afterPaint = null; if (f) f(); };
  field.addEventListener('keydown', () => { started = performance.now(); }, true);
  new MutationObserver(() => {
    if (started === 0) return;
    const from = started;
    started = 0;
    requestAnimationFrame(() => {
      afterPaint = () => {
        results.push(performance.now() - from);
        if (pending) { const done = pending; pending = null; done(); }
      };
      channel.port2.postMessage(0);
    });
  }).observe(field, { subtree: true, childList: true, characterData: true });
  window.__keyProbe = {
    count: () => results.length,
    wait: (n) => results.length >= n ? Promise.resolve() : new Promise((done) => { pending = done; }),
    results: () => results.slice(),
  };
})()`;

/**
 * Clicks "Mở" on the draft's row and times, in the page, until a step's screen shows a field
 * (the content step's rich text when the editor came back to it); gives up after 60 s.
 */
async function timeOpen(page: Page): Promise<{ ms: number; step: string }> {
  await page.getByTestId('draft-list').waitFor();
  return (await page.evaluate(`new Promise((done) => {
    const button = document.querySelector('[data-testid="draft-row"] [data-testid="btn-open-draft"]');
    const started = performance.now();
    button.click();
    const poll = () => {
      const screen = document.querySelector('[data-testid^="step-screen-"]');
      const field = screen && screen.querySelector('[contenteditable="true"], input, textarea, select');
      if (field && field.getBoundingClientRect().height > 0) {
        requestAnimationFrame(() => done({ ms: performance.now() - started, step: screen.dataset.testid.slice(12) }));
      } else if (performance.now() - started > 60000) done({ ms: NaN, step: 'none' });
      else requestAnimationFrame(poll);
    };
    poll();
  })`)) as { ms: number; step: string };
}

/** Clicks step 3 in the rail and times, in the page, until the first section's rich text shows. */
async function timeContentStep(page: Page): Promise<number> {
  return (await page.evaluate(`new Promise((done) => {
    const started = performance.now();
    document.querySelector('[data-testid="step-content"]').click();
    const poll = () => {
      const field = document.querySelector('[data-testid="step-screen-content"] [contenteditable="true"]');
      if (field && field.getBoundingClientRect().height > 0) requestAnimationFrame(() => done(performance.now() - started));
      else if (performance.now() - started > 60000) done(NaN);
      else requestAnimationFrame(poll);
    };
    poll();
  })`)) as number;
}

async function backToList(page: Page): Promise<void> {
  await page.getByTestId('btn-back').click();
  await page.getByTestId('draft-row').first().waitFor();
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

async function measure(page: Page, label: string, hidePreview: boolean): Promise<void> {
  console.log(`\n-- ${label}`);
  if (hidePreview) {
    await page.getByTestId('btn-open-draft').first().click();
    await page.getByTestId('btn-history').click();
    await page.getByTestId('preview-frame').waitFor({ state: 'detached' });
    await backToList(page);
  }
  const opens: number[] = [];
  const toContent: number[] = [];
  let openedOn = '';
  for (let i = 0; i < OPENS; i++) {
    const opened = await timeOpen(page);
    opens.push(opened.ms);
    openedOn = opened.step;
    if ((await page.getByTestId('step-screen-content').count()) === 0) toContent.push(await timeContentStep(page));
    if (hidePreview && (await page.getByTestId('preview-frame').count()) > 0) {
      await page.getByTestId('btn-history').click();
      await page.getByTestId('preview-frame').waitFor({ state: 'detached' });
    }
    if (i < OPENS - 1) await backToList(page);
  }
  const preview = (await page.getByTestId('preview-frame').count()) > 0;
  console.log(`preview beside the step: ${preview ? 'yes' : 'no (history panel in its place)'}`);
  console.log(`open the draft, click → first field of step "${openedOn}" visible (median of ${OPENS}): ${ms(median(opens))}  [min ${ms(Math.min(...opens))}, max ${ms(Math.max(...opens))}]`);
  if (toContent.length > 0) {
    const total = median(opens.map((o, k) => o + (toContent[k] ?? NaN)));
    console.log(`then step 3 "Nội dung", click → first section's rich text visible (median of ${toContent.length}): ${ms(median(toContent))}  [max ${ms(Math.max(...toContent))}]`);
    console.log(`open to the content field, both together (median): ${ms(total)} (goal ≤ 500 ms: ${verdict(total <= 500)})`);
  } else console.log(`(goal ≤ 500 ms: ${verdict(median(opens) <= 500)})`);
  await page.waitForTimeout(1500); // let the first preview layout settle, as a clerk reads before typing
  console.log(`JS heap after opening: ${mb(await heapUsed(page))}`);

  if ((await page.getByTestId('step-screen-content').count()) === 0) await page.getByTestId('step-content').click();
  const paragraph = page.getByTestId(`block-${MIDDLE_SECTION}`).locator('[contenteditable="true"] > p').nth(MIDDLE_PARAGRAPH);
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.keyboard.press('End');
  await page.evaluate(PROBE);
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(i % 7 === 6 ? 'Space' : 'a');
    await page.evaluate(`window.__keyProbe.wait(${i + 1})`);
    await page.waitForTimeout(KEY_PACE_MS);
  }
  const latencies = (await page.evaluate('window.__keyProbe.results()')) as number[];
  console.log(`keystroke → painted (${latencies.length} keys in a paragraph of mục ${MIDDLE_SECTION}): median ${ms(median(latencies))}, p95 ${ms(p95(latencies))}, max ${ms(Math.max(...latencies))} (goal p95 ≤ 16 ms: ${verdict(p95(latencies) <= 16)})`);
  console.log(`JS heap after typing: ${mb(await heapUsed(page))}`);
  await page.waitForTimeout(1000); // the autosave of the typed text
  await backToList(page);
}

async function main(): Promise<void> {
  try {
    findChromium();
  } catch {
    console.log('skipped: chromium not installed');
    return;
  }
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.log('skipped: no built renderer in out/renderer (run `npx electron-vite build` first)');
    return;
  }
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const root = await mkdtemp(join(tmpdir(), 'baocao-bench-editor-'));
  const exportDir = join(root, 'exports');
  await mkdir(exportDir, { recursive: true });
  const served = await serveDataFolder({ dataDir: join(root, 'data'), exportDir, staticDir: RENDERER_DIR, version: 'bench' });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    await served.services.drafts.create(benchDraft());
    console.log('report: 600 paragraphs, 10 tables, 20 footnotes (~100 pages)');
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('crash', () => console.log('the renderer crashed'));
    page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
    await page.goto(served.url);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    // First visit: go to step 3 so every later open comes back to it.
    await page.getByTestId('btn-open-draft').first().click();
    await page.getByTestId('step-content').click();
    await page.getByTestId('step-screen-content').locator('[contenteditable="true"]').first().waitFor();
    await backToList(page);
    await measure(page, 'as shipped: the A4 preview beside the step', false);
    await measure(page, 'preview hidden (history panel open instead)', true);
  } finally {
    await browser.close();
    await served.close();
    await rm(root, { recursive: true, force: true });
  }
}

await main();
