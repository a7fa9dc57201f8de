/**
 * PDF and preview benchmark on the ~100-page report of docx-export.ts (600 paragraphs, 10 tables,
 * 20 footnotes), in one run:
 *   - the headless PDF two ways next to LibreOffice converting the DOCX of the same report
 *     (`soffice --headless --convert-to pdf`, its profile warmed up first), runs alternating:
 *     one-shot (`renderPdfHeadless`, as `baocao export --format pdf` runs it: Chromium started,
 *     page loaded, laid out by the paginator, printed, properties set, Chromium closed) and the
 *     kept engine (`openPdfEngine`, as the loopback server and the e2e app run it: Chromium and a
 *     ready tab kept, its first export, which launches Chromium, not counted), also back to back
 *     as a batch asks (each export then waits for its tab). The medians, a ratio for each path,
 *     and each path's steps (the LibreOffice runs are the same for every ratio). Goal: the PDF
 *     path at most LibreOffice's time.
 *   - the live preview in Chromium: one keystroke in a paragraph of that report, from the edit
 *     handed to the preview to the pages showing it (median and p95; goal p95 ≤ 50 ms), and the
 *     longest task of the pagination that follows once typing pauses (what a key pressed meanwhile
 *     may wait for: the pagination yields between pages, so typing never waits for all of it).
 * Run: node --import tsx bench/pdf.ts
 */
import { execFile } from 'node:child_process';
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { buildDocx } from '../src-main/export/docx/build-docx';
import { packDocx } from '../src-main/export/pack-docx';
import { findChromium } from '../src-main/export/pdf/chromium-path';
import { openPdfEngine } from '../src-main/export/pdf/pdf-engine';
import { CHROMIUM_ARGS, PAGE_ORIGIN, renderPdfHeadless, type HeadlessPdf, type HeadlessPdfPhases } from '../src-main/export/pdf/render-pdf-headless';
import { buildPageDocument, missingTools } from '../src-main/export/pdf/test-pdf';
import { SECURITY_HEADERS } from '../src-main/security/csp';
import { mimeOf, resolveStaticPath } from '../src-main/security/static-files';
import type { Draft, Inline } from '../src-main/shared/domain/draft-schema';
import { defaultSettings } from '../src-main/shared/domain/settings-schema';
import { benchDraft } from './docx-export';
import { relayoutProbe, type Relayout } from './relayout-probe';
import { median, ms, p95 } from './stats';

const run = promisify(execFile);
const PDF_RUNS = 5;
const KEYSTROKES = 60;

const pagesOf = async (pdf: string): Promise<number> => Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [pdf])).stdout)?.[1] ?? 0);

/** The draft with one more character typed at the end of paragraph `n` of the content. */
function typed(draft: Draft, n: number, text: string): Draft {
  const copy = structuredClone(draft);
  const paragraphs = copy.sections.flatMap((s) => s.children.flatMap((c) => c.blocks)).filter((b) => b.type === 'paragraph');
  const block = paragraphs[n % paragraphs.length];
  if (block?.type === 'paragraph') {
    const first = block.content.find((i): i is Extract<Inline, { type: 'text' }> => i.type === 'text');
    if (first) first.text += text;
  }
  return copy;
}

async function pdfVersusLibreOffice(draft: Draft, rendererDir: string, work: string): Promise<void> {
  const layout = defaultSettings().layout;
  const docx = join(work, 'report.docx');
  await writeFile(docx, await packDocx(buildDocx(draft, layout).document));
  const profile = `-env:UserInstallation=file://${join(work, 'lo-profile')}`;
  const convert = async (): Promise<number> => {
    const started = performance.now();
    await run('soffice', ['--headless', profile, '--convert-to', 'pdf', '--outdir', work, docx], { timeout: 300_000 });
    return performance.now() - started;
  };
  const timed = async (render: () => Promise<HeadlessPdf>, name: string, phases: HeadlessPdfPhases[]): Promise<{ wall: number; pages: number }> => {
    const started = performance.now();
    const pdf = await render();
    const wall = performance.now() - started;
    phases.push(pdf.phases);
    const file = join(work, `${name}.pdf`);
    await writeFile(file, pdf.bytes);
    return { wall, pages: await pagesOf(file) };
  };
  const coldPhases: HeadlessPdfPhases[] = [];
  const warmPhases: HeadlessPdfPhases[] = [];
  const engine = openPdfEngine({ rendererDir });
  try {
    await convert(); // LibreOffice's profile is made on first use: a user's is already there
    // The engine's first export launches Chromium: like the server's first PDF, not counted.
    const firstWarm = await timed(() => engine.render(draft, layout), 'report.warm', []);
    const coldTimes: number[] = [];
    const warmTimes: number[] = [];
    const officeTimes: number[] = [];
    let coldPages = 0;
    let warmPages = 0;
    for (let i = 0; i < PDF_RUNS; i++) {
      // Each timed run starts with nothing else at work: the engine's next tab is prepared
      // after an export and is waited for here, outside every measurement.
      await engine.warm();
      const cold = await timed(() => renderPdfHeadless(draft, layout, { rendererDir }), 'report.cold', coldPhases);
      coldTimes.push(cold.wall);
      coldPages = cold.pages;
      officeTimes.push(await convert());
      await engine.warm();
      const warm = await timed(() => engine.render(draft, layout), 'report.warm', warmPhases);
      warmTimes.push(warm.wall);
      warmPages = warm.pages;
    }
    // A batch asks again as soon as a PDF is out: the next tab's preparation is then waited for.
    await engine.warm();
    const batchTimes: number[] = [];
    for (let i = 0; i < PDF_RUNS; i++) batchTimes.push((await timed(() => engine.render(draft, layout), 'report.batch', [])).wall);
    const officePages = await pagesOf(join(work, 'report.pdf'));
    const cold = median(coldTimes);
    const warm = median(warmTimes);
    const office = median(officeTimes);
    const range = (xs: number[]): string => `[min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}]`;
    const goal = (x: number): string => `goal ≤ 1: ${x <= office ? 'met' : 'NOT met'}`;
    console.log(`pages: headless PDF one-shot ${coldPages}, kept engine ${warmPages}, LibreOffice ${officePages}`);
    console.log(`headless PDF, one-shot (cold: Chromium launched and closed for the export, as \`baocao export --format pdf\` runs it) median (${PDF_RUNS} runs): ${ms(cold)}  ${range(coldTimes)}`);
    console.log(
      `headless PDF, kept engine (warm: Chromium and a ready tab kept between exports, as the loopback server and the e2e app run it; its first export, ${ms(firstWarm.wall)} with the launch, excluded) median (${PDF_RUNS} runs): ${ms(warm)}  ${range(warmTimes)}`,
    );
    console.log(`headless PDF, kept engine back to back (a batch: each export also waits for its tab, prepared after the previous one) median (${PDF_RUNS} runs): ${ms(median(batchTimes))}  ${range(batchTimes)}`);
    console.log(`LibreOffice DOCX→PDF median (${PDF_RUNS} runs): ${ms(office)}  ${range(officeTimes)}`);
    console.log(`ratio one-shot (cold) headless / LibreOffice: ${(cold / office).toFixed(2)} (${goal(cold)})`);
    console.log(`ratio kept engine (warm) headless / LibreOffice: ${(warm / office).toFixed(2)} (${goal(warm)})`);
    console.log(`ratio kept engine back to back / LibreOffice: ${(median(batchTimes) / office).toFixed(2)}`);
    const phase = (all: HeadlessPdfPhases[], key: keyof HeadlessPdfPhases, label: string = key): string => `${label} ${ms(median(all.map((p) => p[key])))}`;
    console.log(
      `one-shot phases (medians): ${phase(coldPhases, 'launch')}, ${phase(coldPhases, 'load')}, ${phase(coldPhases, 'layout')} (of which ${phase(coldPhases, 'plan')}, ${phase(coldPhases, 'paginate')}), ${phase(coldPhases, 'print')}, ${phase(coldPhases, 'close')}`,
    );
    console.log(
      `kept engine phases (medians): ${phase(warmPhases, 'launch', 'waited for the ready tab')}, ${phase(warmPhases, 'layout')} (of which ${phase(warmPhases, 'plan')}, ${phase(warmPhases, 'paginate')}), ${phase(warmPhases, 'print')}, ${phase(warmPhases, 'close', 'tab closed')}; the next tab is prepared after the export, not counted`,
    );
  } finally {
    await engine.close();
  }
}

async function previewKeystrokes(draft: Draft, rendererDir: string): Promise<void> {
  const layout = defaultSettings().layout;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === PAGE_ORIGIN ? resolveStaticPath(rendererDir, url.pathname) : null;
      if (!file) return route.abort();
      return route.fulfill({ body: await readFile(file), headers: { ...SECURITY_HEADERS, 'Content-Type': mimeOf(file) } });
    });
    await page.goto(`${PAGE_ORIGIN}/page/page.html`);
    await page.waitForFunction("document.documentElement.dataset.ready === 'true'");
    const first = await page.evaluate(async (input) => {
      const started = performance.now();
      await window.baocaoPreview!.update(input);
      const { pageCount } = await window.baocaoPreview!.settled();
      return { ms: performance.now() - started, pageCount };
    }, { draft: draft as unknown, layout: layout as unknown });
    console.log(`preview first layout: ${first.pageCount} pages in ${ms(first.ms)}`);

    // Keystrokes, each handed over as the editor does: the whole draft, one character longer.
    const shown: number[] = [];
    const framed: number[] = [];
    let patched = 0;
    for (let i = 0; i < KEYSTROKES; i++) {
      const next = typed(draft, 37 + (i % 5), 'x'.repeat(i + 1));
      const r = await page.evaluate(async (input) => {
        const started = performance.now();
        const update = await window.baocaoPreview!.update(input);
        const painted = await new Promise<number>((done) => requestAnimationFrame(() => done(performance.now() - started)));
        return { ...update, painted };
      }, { draft: next as unknown, layout: layout as unknown });
      shown.push(r.shownMs);
      framed.push(r.painted);
      if (r.patched) patched++;
      await page.waitForTimeout(60); // typing pace; the re-layout waits for a longer pause
    }
    console.log(`preview keystroke → pages show it (${KEYSTROKES} keys, ${patched} patched in place): median ${ms(median(shown))}, p95 ${ms(p95(shown))} (goal p95 ≤ 50 ms: ${p95(shown) <= 50 ? 'met' : 'NOT met'})`);
    console.log(`preview keystroke → next frame painted: median ${ms(median(framed))}, p95 ${ms(p95(framed))}`);

    // Typing pauses: the pages are laid out again in the background, a page per task; the
    // longest task meanwhile is how long a key pressed during the layout could wait.
    const relayout = (await page.evaluate(relayoutProbe('window.baocaoPreview'))) as Relayout;
    console.log(`preview re-layout once typing pauses: done ${ms(relayout.total)} after the last key; longest task meanwhile ${ms(relayout.longest)} (the most a key pressed then waits)`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const missing = [...missingTools(['soffice', 'pdfinfo'])];
  try {
    findChromium();
  } catch {
    missing.push('chromium');
  }
  if (missing.length > 0) {
    console.log(`skipped: ${missing.join(', ')} not installed`);
    return;
  }
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const work = await mkdtemp(join(tmpdir(), 'baocao-bench-pdf-'));
  try {
    const rendererDir = await buildPageDocument(join(work, 'renderer'));
    const draft = benchDraft();
    console.log('report: 600 paragraphs, 10 tables, 20 footnotes');
    await pdfVersusLibreOffice(draft, rendererDir, work);
    await previewKeystrokes(draft, rendererDir);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
