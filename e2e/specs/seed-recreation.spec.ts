/**
 * The two seed reports written again in the app, as a clerk would: from "Tạo báo cáo mới" with the
 * CCHC template, every word typed, items made with "- "/"+ ", sections renamed, added and deleted,
 * footnotes inserted with Ctrl+Alt+F, Nơi nhận lines and the signer entered, then exported with
 * "Xuất DOCX". The DOCX must read, paragraph by paragraph, exactly like the export of the stored
 * fixture of the same report. The fixture only says what to type; nothing reaches the store but
 * through the UI.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { DraftSchema, type Draft } from '../../src-main/shared/domain/draft-schema';
import type { DraftListPage } from '../pages/draft-list-page';
import type { EditorPage } from '../pages/editor-page';
import { ReportTypist } from '../pages/report-typist';
import { docxText, xmlPartText } from '../support/docx-text';
import { expect, test, type Seed, type SeedName } from '../support/fixtures';
import { draftFootnotes, findInOrder, seedSentences } from '../support/seed-text';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const CCHC_TEMPLATE = 'cchc-tuyen-truyen';

async function fixtureDraft(name: SeedName): Promise<Draft> {
  return DraftSchema.parse(JSON.parse(await readFile(resolve(FIXTURES, 'drafts', `${name}.json`), 'utf8')));
}

/** The formats a reader sees on a run, as markers around its text. */
const FORMATS = [
  { marker: '**', on: /<w:b(?: w:val="(?:1|true|on)")?\/>/ },
  { marker: '_', on: /<w:i(?: w:val="(?:1|true|on)")?\/>/ },
  { marker: '__', on: /<w:u w:val="(?!none")[^"]*"\/>/ },
] as const;

/** One paragraph as printed: its runs' text, each stretch of one format wrapped in that format's markers. */
function paragraphLine(paragraph: string, marks: (id: string) => string): string {
  const runs = [...paragraph.matchAll(/<w:r(?:\s[^>]*)?>[\s\S]*?<\/w:r>/g)].map(([run]) => {
    const props = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1] ?? '';
    const note = /<w:footnoteReference w:id="(-?\d+)"\/>/.exec(run);
    return { text: note ? marks(note[1] ?? '') : xmlPartText(`${run}</w:p>`), formats: FORMATS.filter((f) => f.on.test(props)).map((f) => f.marker) };
  });
  // Where one run ends and the next begins with the same format is invisible: stretches are merged.
  const stretches: { text: string; key: string; formats: string[] }[] = [];
  for (const run of runs.filter((r) => r.text)) {
    const key = run.formats.join('');
    const last = stretches.at(-1);
    if (last && last.key === key) last.text += run.text;
    else stretches.push({ ...run, key });
  }
  return stretches.map(({ text, key, formats }) => `${key}${text}${[...formats].reverse().join('')}`).join('');
}

/**
 * Every paragraph a reader of the DOCX sees, in order: the body (header block, text, Nơi nhận,
 * signer) with each footnote mark as "[^n]" where it stands, the page headers and footers, then
 * each footnote as "[^n] text". Normalised: footnote ids, which only link a mark to its note, are replaced by the order of the
 * marks, and stretches of one format are merged across run boundaries. Nothing else.
 */
async function printedParagraphs(path: string): Promise<string[]> {
  const files = unzipSync(new Uint8Array(await readFile(path)));
  const part = (name: string) => {
    const xml = files[name];
    if (!xml) throw new Error(`${path} has no ${name}`);
    return strFromU8(xml);
  };
  const order = new Map<string, number>();
  const mark = (id: string) => {
    if (!order.has(id)) order.set(id, order.size + 1);
    return `[^${order.get(id)}]`;
  };
  const paragraphs = (xml: string) => xml.split(/<\/w:p>/).map((p) => paragraphLine(p, mark)).filter(Boolean);
  const body = paragraphs(part('word/document.xml'));
  const pageParts = Object.keys(files)
    .filter((name) => /^word\/(header|footer)\d+\.xml$/.test(name))
    .sort()
    .flatMap((name) => paragraphs(part(name)).map((line) => `${name}: ${line}`));
  const notes = [...part('word/footnotes.xml').matchAll(/<w:footnote (?![^>]*w:type=)[^>]*w:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)]
    .map(([, id = '', xml = '']) => ({ n: order.get(id), text: paragraphs(xml).join('\n') }))
    .sort((a, b) => (a.n ?? Infinity) - (b.n ?? Infinity))
    .map(({ n, text }) => `[^${n ?? '?'}] ${text}`);
  return [...body, ...pageParts, ...notes];
}

/** Types `fixture` in a new draft from the CCHC template, exports both and compares the DOCX paragraphs. */
async function recreate(
  { drafts, editor, seed }: { drafts: DraftListPage; editor: EditorPage; seed: Seed },
  name: SeedName,
  seedFile: string,
): Promise<{ typed: string[]; stored: string[]; fixture: Draft }> {
  const fixture = await fixtureDraft(name);
  await drafts.createDraft(CCHC_TEMPLATE, '');
  await new ReportTypist(editor).typeDraft(fixture);
  const typedPath = await editor.exportDocx();
  const typed = await printedParagraphs(typedPath);
  // Every sentence of the real report is there, in its order, footnotes last.
  const plain = `${await docxText(typedPath)}\n${await docxText(typedPath, 'word/footnotes.xml')}`;
  expect(findInOrder(plain, seedSentences(resolve(FIXTURES, 'seeds', seedFile))).missing).toEqual([]);
  await editor.back();

  // The stored draft has the same title: it is told apart by its id.
  const typedIds = await drafts.ids();
  await seed(name);
  const storedId = (await drafts.ids()).find((id) => !typedIds.includes(id)) ?? '';
  await drafts.rowById(storedId).getByTestId('btn-open-draft').click();
  await expect(editor.root).toBeVisible();
  const stored = await printedParagraphs(await editor.exportDocx());
  return { typed, stored, fixture };
}

test.describe('a seed report typed through the UI exports like its stored draft', () => {
  test.setTimeout(120_000);

  test('000 (Sở Thông tin và Truyền thông Quảng Trị): sections renamed and removed, items, italic, KT. signer', async ({ drafts, editor, seed }) => {
    const { typed, stored } = await recreate({ drafts, editor, seed }, 'seed-quang-tri', '000_67239b332446cd8f.txt');
    expect(typed.length).toBeGreaterThan(30);
    expect(typed).toEqual(stored);
  });

  test('002 (Ban Dân tộc Quảng Ngãi): sub-sections, a number typed by hand, footnotes made with Ctrl+Alt+F', async ({ drafts, editor, seed }) => {
    const { typed, stored, fixture } = await recreate({ drafts, editor, seed }, 'seed-quang-ngai', '002_7ab64403b64665fc.txt');
    // Each footnote typed in its dialog is there twice: its mark in the text and its note.
    const notes = draftFootnotes(fixture);
    expect(notes.length).toBeGreaterThan(0);
    expect(typed.filter((line) => /\[\^\d+\]/.test(line))).toHaveLength(2 * notes.length);
    expect(typed).toEqual(stored);
  });
});
