/**
 * Round trip of this app's own export: each fixture report (both seeds, the full-feature one, the
 * long one) exported to DOCX and imported again gives the same draft back, field by field (ids
 * and times aside). The recogniser alone — the draft the export carries taken out of the file —
 * gives a draft that prints exactly what the original printed, every line of the page plan; and
 * a file edited after the export is recognised from its text, not restored from what it carries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../export/docx/build-docx';
import { packDocx } from '../../export/pack-docx';
import { unzipFiles, zipFiles } from '../../export/zip';
import { DraftSchema, type Draft } from '../../shared/domain/draft-schema';
import { defaultSettings, LayoutSchema, type Layout } from '../../shared/domain/settings-schema';
import { printedForm } from '../../shared/import/print-form';
import { importDocxBytes } from './import-docx';

const FIXTURES = join(import.meta.dirname, '../../../e2e/fixtures/drafts');
const NAMES = ['seed-quang-tri', 'seed-quang-ngai', 'full-feature', 'long-report'] as const;
const NOW = '2025-03-01T00:00:00.000Z';
const LAYOUTS: Record<string, Layout> = {
  default: defaultSettings().layout,
  'preset 13, wide margins': LayoutSchema.parse({ sizePreset: 13, margins: { top: 25, bottom: 25, left: 35, right: 20 } }),
};

const fixture = (name: string): Draft => DraftSchema.parse(JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')));
const content = (draft: Draft) => ({ ...draft, meta: null });

async function exported(draft: Draft, layout: Layout): Promise<Uint8Array> {
  return packDocx(buildDocx(draft, layout).document);
}

/** The package with one part's text changed. */
function edit(bytes: Uint8Array, part: string, change: (text: string) => string): Uint8Array {
  const files = unzipFiles(bytes);
  const text = new TextDecoder().decode(files.get(part));
  files.set(part, new TextEncoder().encode(change(text)));
  return zipFiles(files);
}

const withoutEmbedded = (bytes: Uint8Array) =>
  edit(bytes, 'docProps/custom.xml', (xml) => xml.replace(/<property\b[\s\S]*<\/property>/u, ''));

describe.each(NAMES)('%s', (name) => {
  const source = fixture(name);

  it.each(Object.keys(LAYOUTS))('exports and imports back to the same draft, field by field (%s)', async (layoutName) => {
    const { draft, report } = await importDocxBytes(await exported(source, LAYOUTS[layoutName] as Layout), { now: NOW });
    expect(report.source).toBe('embedded');
    expect(content(draft)).toEqual(content(source));
    expect(draft.meta.createdAt).toBe(NOW);
    expect(report.originalProblems).toEqual([]);
  });

  it.each(Object.keys(LAYOUTS))('recognised from its text alone, prints every line the original prints (%s)', async (layoutName) => {
    const layout = LAYOUTS[layoutName] as Layout;
    const { draft, report } = await importDocxBytes(withoutEmbedded(await exported(source, layout)), { now: NOW });
    expect(report.source).toBe('recognised');
    expect(printedForm(draft, layout)).toEqual(printedForm(source, layout));
    // The fields the print keeps as they are come back as they were; an agency name's chosen
    // line breaks come back where the layout would not break it anyway (the print above is equal).
    const flat = (header: Draft['header']) => ({ ...header, parentAgency: header.parentAgency.replace(/\n/gu, ' '), issuingAgency: header.issuingAgency.replace(/\n/gu, ' ') });
    expect(flat(draft.header)).toEqual(flat(source.header));
    expect(draft.marks).toEqual(source.marks);
    expect(draft.kinhGui).toEqual(source.kinhGui);
    expect(draft.signer.name).toBe(source.signer.name);
    expect(draft.drafter).toEqual(source.drafter);
    expect(draft.appendices.map((a) => a.orientation)).toEqual(source.appendices.map((a) => a.orientation));
    expect(report.originalProblems).toEqual([]);
  });
});

describe('a file edited after its export', () => {
  it('is recognised from what it prints now, not restored from the draft it carries', async () => {
    const source = fixture('seed-quang-tri');
    const bytes = edit(await exported(source, LAYOUTS.default as Layout), 'word/document.xml', (xml) => xml.replace('Nguyễn Hoàn', 'Lê Văn Tám'));
    const { draft, report } = await importDocxBytes(bytes, { now: NOW });
    expect(report.source).toBe('recognised');
    expect(draft.signer.name).toBe('Lê Văn Tám');
    expect(report.unplaced[0]).toMatch(/đã được sửa sau khi xuất/u);
  });

  it('ignores a carried draft that is not a valid draft', async () => {
    const source = fixture('seed-quang-ngai');
    const bytes = edit(await exported(source, LAYOUTS.default as Layout), 'docProps/custom.xml', (xml) => xml.replace(/<vt:lpwstr>[\s\S]*<\/vt:lpwstr>/u, '<vt:lpwstr>{"title": 5}</vt:lpwstr>'));
    const { draft, report } = await importDocxBytes(bytes, { now: NOW });
    expect(report.source).toBe('recognised');
    expect(draft.title.replace(/\n/gu, ' ')).toBe(source.title.replace(/\n/gu, ' '));
  });
});
