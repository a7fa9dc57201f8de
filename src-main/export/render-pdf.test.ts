/**
 * Renders exports with LibreOffice and reads the PDFs back: every sentence in order, page numbers
 * from page 2 only, Liberation Serif (Times New Roman's metric twin) used, the quốc hiệu on one
 * line, no page that prints nothing but its number, landscape appendix pages. Conversions are
 * slow (2–20 s each), so they all run in parallel once, in beforeAll.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFootnotes, seedSentences, splitSentences } from '../../e2e/support/seed-text';
import { DraftSchema, type Block, type Draft } from '../shared/domain/draft-schema';
import { defaultSettings, type Layout } from '../shared/domain/settings-schema';
import { buildDocx } from './docx/build-docx';
import { fullFeatureDraft, minimalDraft } from './docx/test-drafts';
import { packDocx } from './pack-docx';
import { draftSentences, firstLine, missingInOrder, printedLines } from './pdf/test-pdf';

const run = promisify(execFile);
const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const hasSoffice = has('soffice') && has('pdftotext') && has('pdffonts');
const onCi = process.env.CI === 'true';
if (!hasSoffice) {
  console.warn(`render-pdf.test: soffice/pdftotext/pdffonts not installed; ${onCi ? 'failing (CI=true)' : 'skipping the LibreOffice rendering tests'}`);
}

const FIXTURES = resolve(import.meta.dirname, '../../e2e/fixtures');
const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

interface Case {
  name: string;
  draft: Draft;
  layout: Layout;
  /** Sentences that must appear in reading order, and footnote sentences that must appear at all. */
  body: string[];
  notes: string[];
}

function loadFixture(name: string): Draft | null {
  const file = join(FIXTURES, 'drafts', `${name}.json`);
  return existsSync(file) ? DraftSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : null;
}

function seedCase(name: string, seedFile: string): Case | null {
  const draft = loadFixture(name);
  const seed = join(FIXTURES, 'seeds', seedFile);
  if (!draft || !existsSync(seed)) return null;
  const notes = seedFootnotes(seed).flatMap(splitSentences);
  const noteSet = new Set(notes);
  return { name, draft, layout: defaultSettings().layout, body: seedSentences(seed).filter((s) => !noteSet.has(s)), notes };
}

function draftCase(name: string, draft: Draft | null, layout: Layout): Case | null {
  return draft ? { name, draft, layout, ...draftSentences(draft) } : null;
}

const CASES = [
  seedCase('seed-quang-tri', '000_67239b332446cd8f.txt'),
  seedCase('seed-quang-ngai', '002_7ab64403b64665fc.txt'),
  draftCase('full-feature', loadFixture('full-feature'), defaultSettings().layout),
  draftCase('long-report', loadFixture('long-report'), defaultSettings().layout),
  // The tightest header: widest legal margins, 13 pt quốc hiệu.
  draftCase('in-code-wide-margins', fullFeatureDraft(), { ...defaultSettings().layout, margins: { top: 25, bottom: 25, left: 35, right: 20 } }),
].filter((c): c is Case => c !== null);


interface Rendered {
  text: string;
  page(n: number): string;
  fonts: string;
  pages: number;
  /** Width and height of each page in points. */
  sizes: Array<{ width: number; height: number }>;
}

const rendered = new Map<string, Rendered>();
let workDir = '';

async function render(c: Case): Promise<void> {
  rendered.set(c.name, await renderDraft(c.name, c.draft, c.layout));
}

/** Builds, converts with LibreOffice (own profile) and reads back one draft. */
async function renderDraft(name: string, draft: Draft, layout: Layout): Promise<Rendered> {
  const dir = await mkdtemp(join(workDir, `${name}-`));
  const docx = join(dir, `${name}.docx`);
  const { document } = buildDocx(draft, layout);
  await writeFile(docx, await packDocx(document)); // the app's packing, so LibreOffice reads our zip too
  // Each conversion gets its own profile folder, so parallel soffice processes never share one.
  await run('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, docx], {
    timeout: 150_000,
  });
  const pdf = join(dir, `${name}.pdf`);
  // -raw keeps the order LibreOffice drew the text in (document order); the default mode can
  // move a short last line of a paragraph elsewhere.
  const text = (await run('pdftotext', ['-raw', pdf, '-'])).stdout;
  const info = (await run('pdfinfo', ['-f', '1', '-l', '9999', pdf])).stdout;
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const layoutPages: string[] = [];
  for (let n = 1; n <= pages; n++) layoutPages.push((await run('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'])).stdout);
  const fonts = (await run('pdffonts', [pdf])).stdout;
  return { text, page: (n) => layoutPages[n - 1] ?? '', fonts, pages, sizes };
}


/**
 * A one-page report filled to the brim: ten paragraphs, the space between them raised twip by
 * twip (binary search) to the most that still fits on one page, and one twip more. Finding the
 * edge on each run keeps the case exact whatever the LibreOffice version's metrics.
 */
interface Edge {
  spacingTwips: number;
  full: Rendered;
  over: Rendered;
}
let edge: Edge | null = null;

function fullPageDraft(): Draft {
  const para = (i: number): Block => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `${i}. Sở Thông tin và Truyền thông đã phối hợp với các sở, ngành, địa phương triển khai các nhiệm vụ được giao.` }],
  });
  return minimalDraft({ opening: Array.from({ length: 10 }, (_, i) => para(i + 1)), sections: [] });
}

async function findEdge(): Promise<Edge> {
  const draft = fullPageDraft();
  const at = (twips: number, tag: string): Promise<Rendered> => renderDraft(`edge-${tag}-${twips}`, draft, { ...defaultSettings().layout, paragraphSpacingPt: twips / 20 });
  let low = 120; // 6 pt: fits on one page
  let high = 240; // 12 pt: runs onto a second page
  const [atLow, atHigh] = await Promise.all([at(low, 'low'), at(high, 'high')]);
  if (atLow.pages !== 1 || atHigh.pages < 2) throw new Error(`edge search needs 1 page at 6 pt and 2 at 12 pt, got ${atLow.pages} and ${atHigh.pages}`);
  let full = atLow;
  let over = atHigh;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const r = await at(mid, 'mid');
    if (r.pages === 1) [low, full] = [mid, r];
    else [high, over] = [mid, r];
  }
  return { spacingTwips: low, full, over };
}


// Registered only when it must fail, so a run with every tool shows no skipped test.
if (onCi && !hasSoffice) describe('LibreOffice rendering on CI', () => {
  it('has soffice, pdftotext and pdffonts installed', () => {
    expect(hasSoffice).toBe(true);
  });
});

describe.skipIf(!hasSoffice)('LibreOffice rendering', () => {
  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'baocao-render-'));
    const [found] = await Promise.all([findEdge(), ...CASES.map(render)]);
    edge = found;
  }, 420_000);
  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('has the fixtures to render', () => {
    expect(CASES.map((c) => c.name)).toContain('in-code-wide-margins');
    expect(CASES.length).toBeGreaterThanOrEqual(2);
  });

  describe.each(CASES.map((c) => ({ name: c.name, c })))('$name', ({ c }) => {
    const out = (): Rendered => {
      const r = rendered.get(c.name);
      if (!r) throw new Error(`${c.name} was not rendered`);
      return r;
    };

    it('holds every sentence in order, and every footnote', () => {
      expect(c.body.length).toBeGreaterThan(5);
      expect(missingInOrder(out().text, c.body)).toEqual([]);
      for (const note of c.notes) expect(missingInOrder(out().text, [note])).toEqual([]);
    });

    it('shows no page number on page 1 and "2" at the top of page 2', () => {
      expect(out().pages).toBeGreaterThanOrEqual(2);
      // Above the quốc hiệu line there is nothing but the optional marks: no lone number.
      const lines = out().page(1).split('\n');
      const top = lines.slice(0, lines.findIndex((l) => l.includes(QUOC_HIEU)));
      expect(top.some((l) => /^\s*\d+\s*$/.test(l))).toBe(false);
      expect(firstLine(out().page(1))).not.toMatch(/^\d+$/);
      expect(firstLine(out().page(2))).toBe('2');
    });

    it('has no page that prints nothing but its number', () => {
      for (let n = 1; n <= out().pages; n++) expect(printedLines(out().page(n)).length, `page ${n}`).toBeGreaterThan(0);
    });

    it('prints the quốc hiệu on one line', () => {
      expect(out().page(1).split('\n').some((l) => l.includes(QUOC_HIEU))).toBe(true);
    });

    it('uses Liberation Serif (Times New Roman metrics) or Times New Roman, and no other font', () => {
      const names = out()
        .fonts.split('\n')
        .slice(2)
        .map((l) => l.trim().split(/\s+/)[0] ?? '')
        .filter(Boolean)
        .map((n) => n.replace(/^[A-Z]{6}\+/, ''));
      expect(names.length).toBeGreaterThan(0);
      const tnrInstalled = spawnSync('sh', ['-c', 'fc-list | grep -qi "Times New Roman"']).status === 0;
      for (const name of names) expect(name).toMatch(tnrInstalled ? /^(TimesNewRoman|LiberationSerif)/ : /^LiberationSerif/);
    });
  });

  it('keeps a full one-page report on one page, and one twip more spills real content', () => {
    if (!edge) throw new Error('the edge search did not run');
    expect(edge.full.pages).toBe(1);
    expect(printedLines(edge.full.page(1)).some((l) => l.includes('Nguyễn Văn An'))).toBe(true);
    // Past the edge the second page holds text (the signature area moved), never only a number.
    expect(edge.over.pages).toBe(2);
    expect(printedLines(edge.over.page(2)).length).toBeGreaterThan(0);
    expect(firstLine(edge.over.page(2))).toBe('2');
  });

  it('prints the long report on more than 10 pages, its landscape appendix on landscape pages', () => {
    const r = rendered.get('long-report');
    if (!r) throw new Error('long-report was not rendered');
    expect(r.pages).toBeGreaterThan(10);
    const starts = Array.from({ length: r.pages }, (_, i) => i + 1).filter((n) => printedLines(r.page(n))[0]?.trim().startsWith('Phụ lục'));
    expect(starts).toHaveLength(2);
    const [first = 0, second = 0] = starts;
    // Appendix I is landscape on every page up to Appendix II, which is portrait again; each
    // appendix numbers its pages from 1, with no number on its first page.
    for (let n = 1; n <= r.pages; n++) {
      const size = r.sizes[n - 1];
      const landscape = n >= first && n < second;
      expect(size && size.width > size.height, `page ${n}`).toBe(landscape);
    }
    expect(second - first).toBeGreaterThanOrEqual(2);
    expect(firstLine(r.page(first))).not.toMatch(/^\d+$/);
    expect(firstLine(r.page(first + 1))).toBe('2');
  });

  it('starts each appendix on its own page without a page number', () => {
    const r = rendered.get('full-feature') ?? rendered.get('in-code-wide-margins');
    if (!r) throw new Error('no rendering with appendices');
    const starts = Array.from({ length: r.pages }, (_, i) => firstLine(r.page(i + 1))).filter((l) => l.startsWith('Phụ lục'));
    expect(starts).toEqual(['Phụ lục I', 'Phụ lục II']);
  });
});
