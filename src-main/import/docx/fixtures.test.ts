/**
 * Files not made by this app, one per trap real agency files set (fixtures/make-fixtures.py wrote
 * them with python-docx and raw WordprocessingML, and wrote down in expected.json what each holds):
 * each imports with its agency, ký hiệu, date, title, headings with levels and numbers, tables,
 * footnotes, Nơi nhận and signer, and with exactly the NĐ30 problems the original has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftSchema } from '../../shared/domain/draft-schema';
import { importDocxBytes } from './import-docx';
import { draftFacts, draftTexts } from './test-facts';

const DIR = join(import.meta.dirname, 'fixtures');

interface Expected {
  parentAgency: string;
  issuingAgency: string;
  number: string;
  kyHieu: string;
  place: string;
  date: { day: number | null; month: number | null; year: number };
  title: string;
  kinhGui: string[];
  outlineStart: 'roman' | 'arabic';
  headings: [number, string, string][];
  tables: { rows: number; columns: number; rowSpans: number; colSpans: number }[];
  footnotes: number;
  bullets: number | null;
  closing: boolean;
  recipients: string[];
  archive: string;
  signer: { authority: [string, string][]; title: string; name: string };
  appendices: { title: string; orientation: string }[];
  problems: string[];
  legacyText?: string[];
  tabValues?: string[];
  firstParagraphOf?: Record<string, string>;
}

const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const NOW = '2025-02-10T08:00:00.000Z';

describe.each(Object.entries(expected))('%s', (name, want) => {
  it('imports every part of the report, and the NĐ30 problems of the original', async () => {
    const { draft, report } = await importDocxBytes(readFileSync(join(DIR, name)), { now: NOW });
    expect(DraftSchema.parse(draft)).toEqual(draft);
    const facts = draftFacts(draft);
    expect(facts).toMatchObject({
      parentAgency: want.parentAgency,
      issuingAgency: want.issuingAgency,
      number: want.number,
      kyHieu: want.kyHieu,
      place: want.place,
      date: want.date,
      title: want.title,
      kinhGui: want.kinhGui,
      outlineStart: want.outlineStart,
      headings: want.headings,
      tables: want.tables,
      footnotes: want.footnotes,
      closing: want.closing,
      recipients: want.recipients,
      archive: want.archive,
      signer: want.signer,
      appendices: want.appendices,
    });
    if (want.bullets !== null) expect(facts.bullets).toBe(want.bullets);
    const texts = draftTexts(draft).map((t) => t.normalize('NFC'));
    for (const text of want.legacyText ?? []) expect(texts).toContain(text.replace(/\.\/\.$/u, ''));
    for (const text of want.tabValues ?? []) expect(texts).toContain(text);
    for (const [label, text] of Object.entries(want.firstParagraphOf ?? {})) {
      const section = draft.sections.find((_, i) => `${i + 1}.` === label);
      const first = section?.blocks[0];
      expect(first?.type === 'paragraph' ? first.content.map((c) => (c.type === 'text' ? c.text : '')).join('') : null).toBe(text);
    }
    expect(report.originalProblems.map((p) => p.id).sort()).toEqual([...want.problems].sort());
    expect(report.source).toBe('recognised');
  });
});
