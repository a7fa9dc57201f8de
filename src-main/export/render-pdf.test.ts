/**
 * Renders exports with LibreOffice and reads the PDFs back: every sentence in order, page numbers
 * from page 2 only, Liberation Serif (Times New Roman's metric twin) used, the quốc hiệu on one
 * line. Conversions are slow (5–20 s each), so they all run in parallel once, in beforeAll.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFootnotes, seedSentences, splitSentences } from '../../e2e/support/seed-text';
import { DraftSchema, type Block, type Draft, type Section } from '../shared/domain/draft-schema';
import { inlineText } from '../shared/domain/inline-text';
import { defaultSettings, type Layout } from '../shared/domain/settings-schema';
import { buildDocx } from './docx/build-docx';
import { fullFeatureDraft } from './docx/test-drafts';
import { packDocx } from './pack-docx';

const run = promisify(execFile);
const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const hasSoffice = has('soffice') && has('pdftotext') && has('pdffonts');
if (!hasSoffice) console.warn('render-pdf.test: soffice/pdftotext/pdffonts not installed; skipping the LibreOffice rendering tests');

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

/** Sentences of a draft's running text (tables and footnotes left out: they are placed elsewhere). */
function draftSentences(draft: Draft): { body: string[]; notes: string[] } {
  const blockText = (b: Block): string[] => (b.type === 'table' ? [] : [inlineText(b.content)]);
  const walk = (sections: readonly Section[]): string[] => sections.flatMap((s) => [s.title, ...s.blocks.flatMap(blockText), ...walk(s.children)]);
  const body = [
    ...draft.opening.flatMap(blockText),
    ...walk(draft.sections),
    inlineText(draft.closing),
    ...draft.noiNhan.recipients,
    draft.signer.name,
    ...draft.appendices.flatMap((a) => [a.title, ...a.blocks.flatMap(blockText), ...walk(a.sections)]),
  ];
  const notes: string[] = [];
  const collect = (content: readonly Block[]): void => {
    for (const b of content) {
      const inlines = b.type === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.flat())) : b.content;
      for (const i of inlines) if (i.type === 'footnote') notes.push(inlineText(i.content));
    }
  };
  const sectionsOf = (s: readonly Section[]): Section[] => s.flatMap((x) => [x, ...sectionsOf(x.children)]);
  collect(draft.opening);
  sectionsOf(draft.sections).forEach((s) => collect(s.blocks));
  draft.appendices.forEach((a) => {
    collect(a.blocks);
    sectionsOf(a.sections).forEach((s) => collect(s.blocks));
  });
  return { body: body.flatMap(splitSentences), notes: notes.flatMap(splitSentences) };
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
  // The tightest header: widest legal margins, 13 pt quốc hiệu.
  draftCase('in-code-wide-margins', fullFeatureDraft(), { ...defaultSettings().layout, margins: { top: 25, bottom: 25, left: 35, right: 20 } }),
].filter((c): c is Case => c !== null);

/**
 * Finds each needle after the previous one, ignoring case and whitespace (pdftotext spaces out
 * justified text and quotes), and allowing a footnote mark (1–2 digits, matched lazily) at the end of a word.
 */
function missingInOrder(haystack: string, needles: readonly string[]): string[] {
  const norm = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi');
  const hay = norm(haystack).replace(/\s+/gu, '');
  const missing: string[] = [];
  let cursor = 0;
  for (const needle of needles) {
    const chars = Array.from(norm(needle).replace(/\s+/gu, ' ').trim());
    if (chars.length === 0) continue;
    let source = '';
    chars.forEach((ch, i) => {
      if (ch === ' ') return;
      source += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      const next = chars[i + 1];
      if (next === undefined || next === ' ' || /[.,;:)”"?!]/u.test(next)) source += '\\d{0,2}?';
    });
    const re = new RegExp(source, 'gu');
    re.lastIndex = cursor;
    const hit = re.exec(hay);
    if (hit) cursor = hit.index + hit[0].length;
    else missing.push(needle);
  }
  return missing;
}

interface Rendered {
  text: string;
  page(n: number): string;
  fonts: string;
  pages: number;
}

const rendered = new Map<string, Rendered>();
let workDir = '';

async function render(c: Case): Promise<void> {
  const dir = await mkdtemp(join(workDir, `${c.name}-`));
  const docx = join(dir, `${c.name}.docx`);
  const { document } = buildDocx(c.draft, c.layout);
  await writeFile(docx, await packDocx(document)); // the app's packing, so LibreOffice reads our zip too
  // Each conversion gets its own profile folder, so parallel soffice processes never share one.
  await run('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, docx], {
    timeout: 150_000,
  });
  const pdf = join(dir, `${c.name}.pdf`);
  // -raw keeps the order LibreOffice drew the text in (document order); the default mode can
  // move a short last line of a paragraph elsewhere.
  const text = (await run('pdftotext', ['-raw', pdf, '-'])).stdout;
  const info = (await run('pdfinfo', [pdf])).stdout;
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const layoutPages: string[] = [];
  for (let n = 1; n <= pages; n++) layoutPages.push((await run('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'])).stdout);
  const fonts = (await run('pdffonts', [pdf])).stdout;
  rendered.set(c.name, { text, page: (n) => layoutPages[n - 1] ?? '', fonts, pages });
}

const firstLine = (page: string): string => page.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';

describe.skipIf(!hasSoffice)('LibreOffice rendering', () => {
  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'baocao-render-'));
    await Promise.all(CASES.map(render));
  }, 300_000);
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

  it('starts each appendix on its own page without a page number', () => {
    const r = rendered.get('full-feature') ?? rendered.get('in-code-wide-margins');
    if (!r) throw new Error('no rendering with appendices');
    const starts = Array.from({ length: r.pages }, (_, i) => firstLine(r.page(i + 1))).filter((l) => l.startsWith('Phụ lục'));
    expect(starts).toEqual(['Phụ lục I', 'Phụ lục II']);
  });
});
