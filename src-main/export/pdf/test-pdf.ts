/**
 * Test support for rendered PDFs (the headless page PDF and LibreOffice's rendering of the DOCX):
 * reading a PDF back with poppler (text per page, page sizes, fonts, document properties),
 * converting a DOCX with LibreOffice, the sentences a draft must print in order, and which of the
 * external tools are missing (a test needing one fails under CI=true, skips with its reason
 * otherwise).
 */
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { splitSentences } from '../../../e2e/support/seed-text';
import type { Block, Draft, Section } from '../../shared/domain/draft-schema';
import { inlineText } from '../../shared/domain/inline-text';
import { findChromium } from './chromium-path';

const run = promisify(execFile);

/** Whether tests must fail rather than skip when a tool is missing. */
export const ON_CI = process.env.CI === 'true';

/** The tools of `tools` that are not on the PATH (an absolute path is checked as a file). */
export function missingTools(tools: readonly string[]): string[] {
  return tools.filter((tool) => spawnSync('sh', ['-c', `command -v "${tool}"`]).status !== 0);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export interface ReadPdf {
  /** pdftotext -raw: the text in the order it was drawn (document order). */
  text: string;
  /** pdftotext -layout of each page, from page 1. */
  pages: string[];
  /** Width and height of each page in points. */
  sizes: { width: number; height: number }[];
  fonts: PdfFont[];
  /** pdfinfo's fields (Title, Author, Pages, …). */
  info: Record<string, string>;
}

/** Reads a PDF back with pdftotext, pdfinfo and pdffonts. */
export async function readPdf(path: string): Promise<ReadPdf> {
  const infoText = (await run('pdfinfo', ['-f', '1', '-l', '9999', path])).stdout;
  const info: Record<string, string> = {};
  for (const line of infoText.split('\n')) {
    const match = /^([A-Za-z ]+?):\s+(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined && !(match[1] in info)) info[match[1]] = match[2].trim();
  }
  const count = Number(info.Pages ?? 0);
  const sizes = [...infoText.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const pages: string[] = [];
  for (let n = 1; n <= count; n++) pages.push((await run('pdftotext', ['-f', String(n), '-l', String(n), '-layout', path, '-'])).stdout);
  const text = (await run('pdftotext', ['-raw', path, '-'])).stdout;
  const fonts = (await run('pdffonts', [path])).stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((line) => {
      // name, type (may hold spaces), encoding, emb, sub, uni, object, id: read from the right.
      const cols = line.trim().split(/\s+/);
      return { name: cols[0] ?? '', type: cols.slice(1, -6).join(' '), embedded: cols[cols.length - 5] === 'yes' };
    });
  return { text, pages, sizes, fonts, info };
}

/** Converts a DOCX to PDF with LibreOffice in its own profile (parallel runs never share one); returns the PDF's path. */
export async function convertWithLibreOffice(docx: string, outDir: string): Promise<string> {
  await run('soffice', ['--headless', `-env:UserInstallation=file://${join(outDir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', outDir, docx], {
    timeout: 180_000,
  });
  return join(outDir, `${docx.slice(docx.lastIndexOf('/') + 1).replace(/\.docx$/i, '')}.pdf`);
}

/** Sentences of a draft's running text (tables and footnotes left out: they are placed elsewhere), and of its footnotes. */
export function draftSentences(draft: Draft): { body: string[]; notes: string[] } {
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

/**
 * The needles not found each after the previous one, ignoring case and whitespace (pdftotext
 * spaces out justified text and quotes), and allowing a footnote mark (1–2 digits, matched
 * lazily) at the end of a word.
 */
export function missingInOrder(haystack: string, needles: readonly string[]): string[] {
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

/** The visible lines of a page other than a lone page number. */
export function printedLines(page: string): string[] {
  return page.split('\n').filter((l) => l.trim() !== '' && !/^\s*\d+\s*$/.test(l));
}

/** The first non-empty line of a page, trimmed. */
export function firstLine(page: string): string {
  return page.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

/**
 * Builds the page document alone (src-renderer/page/page.html with the app's renderer config)
 * into `outDir` and returns it, for rendererDir: tests and the bench render the current
 * sources, whatever state the shared out/ folder is in. Takes about a second.
 */
export async function buildPageDocument(outDir: string): Promise<string> {
  const [{ build }, { default: config }] = await Promise.all([import('vite'), import('../../../electron.vite.config')]);
  const renderer = (config as { renderer: Record<string, unknown> & { build: { rolldownOptions: { input: Record<string, string> } } } }).renderer;
  const page = renderer.build.rolldownOptions.input.page;
  if (!page) throw new Error('electron.vite.config.ts has no "page" renderer input');
  await build({
    ...renderer,
    configFile: false,
    logLevel: 'error',
    build: { ...renderer.build, outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096, rolldownOptions: { input: { page } } },
  });
  return outDir;
}

/** Script that must never run: a <script> and an <img onerror> (which would also request "x"). */
export const SCRIPT_CANARY = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The draft with SCRIPT_CANARY appended to every text field the schema lets hold it (ids and
 * metadata aside): free text, titles, names, table cells, footnotes.
 */
export function withCanary(draft: Draft, schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } }): Draft {
  const copy = JSON.parse(JSON.stringify(draft)) as { [key: string]: Json };
  const set = (path: readonly (string | number)[], value: Json): void => {
    let node = copy as Json;
    for (const key of path.slice(0, -1)) node = (node as Record<string | number, Json>)[key] as Json;
    (node as Record<string | number, Json>)[path[path.length - 1] as string | number] = value;
  };
  const changed = new Map<string, { path: (string | number)[]; original: string }>();
  const walk = (value: Json, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      changed.set(JSON.stringify(path), { path, original: value });
      set(path, `${value}${SCRIPT_CANARY}`);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'meta' && k !== 'id' && k !== 'type') walk(v, [...path, k]);
  };
  walk(copy, []);
  // Fields with a pattern or a fixed list (number, marks) refuse it: put those back.
  for (let round = 0; round < 20; round++) {
    const result = schema.safeParse(copy);
    if (result.success) return copy as unknown as Draft;
    for (const issue of result.error?.issues ?? []) {
      const hit = [...changed.values()].find((c) => JSON.stringify(c.path) === JSON.stringify(issue.path.slice(0, c.path.length)));
      if (hit) {
        set(hit.path, hit.original);
        changed.delete(JSON.stringify(hit.path));
      }
    }
  }
  throw new Error('withCanary: could not make a valid draft');
}

/** The system's Chromium, or null when there is none (the tests then name it as missing). */
export function chromiumOrNull(): string | null {
  try {
    return findChromium();
  } catch {
    return null;
  }
}
