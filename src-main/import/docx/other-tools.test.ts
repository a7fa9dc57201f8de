/**
 * Files not made by this app: each seed report written out and turned into DOCX by LibreOffice
 * (from flat ODF: the header as a table or as plain paragraphs, heading numbers typed or left to
 * LibreOffice's automatic numbering) and by pandoc (from Markdown: numbers typed, or pandoc's
 * list numbering), then imported: agency, ký hiệu, date, title, headings with their levels and
 * numbers, footnotes, closing, Nơi nhận and signer must all be found. Under CI=true a missing
 * soffice or pandoc fails the test; elsewhere it skips with the reason printed.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingTools, ON_CI } from '../../export/pdf/test-pdf';
import { DraftSchema, type Draft } from '../../shared/domain/draft-schema';
import { importDocxBytes } from './import-docx';
import { seedFodt, seedMarkdown, type SeedDocument, type SeedVariant } from './seed-documents';
import { draftFacts } from './test-facts';

const run = promisify(execFile);
const FIXTURES = join(import.meta.dirname, '../../../e2e/fixtures/drafts');
const SEEDS = ['seed-quang-tri', 'seed-quang-ngai'] as const;
const NOW = '2025-01-01T00:00:00.000Z';

interface Case {
  name: string;
  tool: 'soffice' | 'pandoc';
  seed: (typeof SEEDS)[number];
  document: SeedDocument;
  docx: string;
}

const LO_VARIANTS: SeedVariant[] = [
  { header: 'table', numbering: 'typed' },
  { header: 'paragraphs', numbering: 'typed' },
  { header: 'table', numbering: 'automatic' },
  { header: 'paragraphs', numbering: 'automatic' },
];
const PANDOC_VARIANTS: SeedVariant[] = [
  { header: 'paragraphs', numbering: 'typed' },
  { header: 'paragraphs', numbering: 'automatic' },
];

const seedDraft = async (name: string): Promise<Draft> => DraftSchema.parse(JSON.parse(await readFile(join(FIXTURES, `${name}.json`), 'utf8')));
const caseName = (tool: string, seed: string, v: SeedVariant) => `${tool}: ${seed}, header as ${v.header}, numbering ${v.numbering}`;

for (const tool of ['soffice', 'pandoc'] as const) {
  const missing = missingTools([tool]);
  if (missing.length > 0) console.warn(`other-tools.test: ${tool} not installed; ${ON_CI ? 'failing (CI=true)' : `skipping the DOCX files made by ${tool}`}`);
}

describe('DOCX written by LibreOffice and pandoc', () => {
  const cases: Case[] = [];
  let dir = '';
  const variants = [...SEEDS.flatMap((seed) => LO_VARIANTS.map((v) => ({ tool: 'soffice' as const, seed, v }))), ...SEEDS.flatMap((seed) => PANDOC_VARIANTS.map((v) => ({ tool: 'pandoc' as const, seed, v })))];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'import-tools-'));
    const sofficeInputs: string[] = [];
    const pandocRuns: Promise<unknown>[] = [];
    for (const [i, { tool, seed, v }] of variants.entries()) {
      if (missingTools([tool]).length > 0) continue;
      const draft = await seedDraft(seed);
      const stem = join(dir, `case-${i}`);
      const document = tool === 'soffice' ? seedFodt(draft, v) : seedMarkdown(draft, v);
      await writeFile(`${stem}.${tool === 'soffice' ? 'fodt' : 'md'}`, document.text);
      if (tool === 'soffice') sofficeInputs.push(`${stem}.fodt`);
      else pandocRuns.push(run('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', `${stem}.docx`, `${stem}.md`], { timeout: 120_000 }));
      cases.push({ name: caseName(tool, seed, v), tool, seed, document, docx: `${stem}.docx` });
    }
    // One LibreOffice run converts every file, with a profile of its own (two at once would clash).
    if (sofficeInputs.length > 0) {
      pandocRuns.push(run('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'docx', '--outdir', dir, ...sofficeInputs], { timeout: 240_000 }));
    }
    await Promise.all(pandocRuns);
  }, 300_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const { tool, seed, v } of variants) {
    const name = caseName(tool, seed, v);
    it.skipIf(missingTools([tool]).length > 0 && !ON_CI)(name, async () => {
      const found = cases.find((c) => c.name === name);
      expect(found, `${tool} is needed for this case`).toBeDefined();
      if (!found) return;
      const source = await seedDraft(seed);
      const { draft } = await importDocxBytes(await readFile(found.docx), { now: NOW });
      const got = draftFacts(draft);
      const want = draftFacts(source);
      expect(got).toMatchObject({
        parentAgency: want.parentAgency,
        issuingAgency: want.issuingAgency,
        number: want.number,
        kyHieu: want.kyHieu,
        place: want.place,
        date: want.date,
        title: want.title,
        outlineStart: want.outlineStart,
        footnotes: want.footnotes,
        closing: want.closing,
        recipients: want.recipients,
        archive: want.archive,
        signer: want.signer,
      });
      // Mục titles print in capitals: the case of a title is the document's, its words must match.
      const fold = (h: [number, string, string]) => [h[0], h[1], h[2].toLocaleLowerCase('vi')];
      expect(got.headings.map(fold)).toEqual(found.document.headings.map(fold));
      expect(got.bullets).toBe(want.bullets);
    });
  }
});
