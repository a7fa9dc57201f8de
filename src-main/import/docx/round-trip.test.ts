/**
 * Round trip of this app's own export, read from what the file prints and nothing else (an export
 * carries no copy of its draft): each fixture report (both seeds, the full-feature one, the long
 * one), exported to DOCX under two layouts and imported again, gives the same draft back field by
 * field (ids and times aside), and prints every line of the page plan the original prints.
 *
 * A few things a page prints the same either way, so no reader of the page can tell them apart
 * (docs/import.md, "What a round trip cannot carry"). For those fields only, the draft expected
 * back is the source as the page prints it, and a test proves that this changes nothing printed:
 * - a line break the clerk typed exactly where the layout breaks the line anyway (agency names,
 *   trích yếu, appendix titles): "ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA ĐÔNG" prints as the joined name;
 * - a full stop typed before the closing's "./." (the end mark stands for it);
 * - "Như trên" in the Nơi nhận list of a report with Kính gửi, which the layout prints first
 *   whether or not it is stored; and "VT, " typed at the start of the Lưu unit, which it adds too;
 * - the scale of the column widths, which are proportions ([0.9, 3.1] and [9, 31] print alike).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../export/docx/build-docx';
import { packDocx } from '../../export/pack-docx';
import { unzipFiles, zipFiles } from '../../export/zip';
import { END_MARK } from '../../shared/domain/inline-text';
import { DraftSchema, type Block, type Draft, type Section } from '../../shared/domain/draft-schema';
import { defaultSettings, LayoutSchema, type Layout } from '../../shared/domain/settings-schema';
import { printedForm } from '../../shared/import/print-form';
import { ARCHIVE_VT } from '../../shared/layout/constants';
import { appendEndMark } from '../../shared/layout/end-mark';
import { archiveLine, recipientLines } from '../../shared/layout/signature-plan';
import { importDocxBytes } from './import-docx';

const FIXTURES = join(import.meta.dirname, '../../../e2e/fixtures/drafts');
const NAMES = ['seed-quang-tri', 'seed-quang-ngai', 'full-feature', 'long-report'] as const;
const NOW = '2025-03-01T00:00:00.000Z';
const LAYOUTS: Record<string, Layout> = {
  default: defaultSettings().layout,
  'preset 13, wide margins': LayoutSchema.parse({ sizePreset: 13, margins: { top: 25, bottom: 25, left: 35, right: 20 } }),
};

const fixture = (name: string): Draft => DraftSchema.parse(JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')));

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

/** Every table of a draft, through a mapper. */
function mapTables(draft: Draft, map: (t: Extract<Block, { type: 'table' }>) => Block): Draft {
  const blocks = (list: readonly Block[]): Block[] => list.map((b) => (b.type === 'table' ? map(b) : b));
  const sections = (list: readonly Section[]): Section[] => list.map((s) => ({ ...s, blocks: blocks(s.blocks), children: sections(s.children) }));
  return {
    ...draft,
    opening: blocks(draft.opening),
    sections: sections(draft.sections),
    appendices: draft.appendices.map((a) => ({ ...a, blocks: blocks(a.blocks), sections: sections(a.sections) })),
  };
}

/** The content compared: meta and the ids of sections and appendices left out, column widths as the proportions they are. */
function content(draft: Draft) {
  const proportions = mapTables(draft, (t) => {
    const sum = t.columnWidths.reduce((a, b) => a + b, 0);
    return { ...t, columnWidths: t.columnWidths.map((w) => Math.round((w / sum) * 1e6) / 1e6) };
  });
  const sections = (list: readonly Section[]): unknown[] => list.map((s) => ({ ...s, id: null, children: sections(s.children) }));
  return {
    ...proportions,
    meta: null,
    sections: sections(proportions.sections),
    appendices: proportions.appendices.map((a) => ({ ...a, id: null, sections: sections(a.sections) })),
  };
}

/** `text` without the "\n"s the layout breaks at anyway: each is dropped when the page prints the same without it. */
function breaksPrinted(draft: Draft, layout: Layout, get: (d: Draft) => string, set: (d: Draft, text: string) => Draft): Draft {
  const printed = printedForm(draft, layout);
  let out = draft;
  let text = get(draft);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    const joined = `${text.slice(0, at)} ${text.slice(at + 1)}`;
    const candidate = set(out, joined);
    if (JSON.stringify(printedForm(candidate, layout)) === JSON.stringify(printed)) {
      out = candidate;
      text = joined;
    }
  }
  return out;
}

/** The source as its page prints it: the draft a reader of the page alone can give back (see the module comment). */
function asPrinted(source: Draft, layout: Layout): Draft {
  let out = source;
  out = breaksPrinted(out, layout, (d) => d.header.parentAgency, (d, t) => ({ ...d, header: { ...d.header, parentAgency: t } }));
  out = breaksPrinted(out, layout, (d) => d.header.issuingAgency, (d, t) => ({ ...d, header: { ...d.header, issuingAgency: t } }));
  out = breaksPrinted(out, layout, (d) => d.title, (d, t) => ({ ...d, title: t }));
  out.appendices.forEach((_, i) => {
    out = breaksPrinted(out, layout, (d) => d.appendices[i]?.title ?? '', (d, t) => ({ ...d, appendices: d.appendices.map((a, k) => (k === i ? { ...a, title: t } : a)) }));
  });
  // The closing as printed, its "./." taken off: a full stop typed before it folds into the mark.
  const closing = appendEndMark(out.closing);
  const last = closing[closing.length - 1];
  if (last?.type === 'text' && last.text.endsWith(END_MARK)) closing[closing.length - 1] = { ...last, text: last.text.slice(0, -END_MARK.length) };
  // The Nơi nhận list as printed ("Như trên" included), and the Lưu unit after the "VT, " the layout writes.
  const lines = recipientLines(out);
  const recipients = lines.slice(0, -1).map((l) => l.replace(/^- /u, '').replace(/;$/u, ''));
  const archive = archiveLine(out.noiNhan.archive, { code: '', copies: null }).replace(`- Lưu: ${ARCHIVE_VT}`, '').replace(/^, /u, '').replace(/\.$/u, '');
  return { ...out, closing: out.closing.length > 0 ? closing : out.closing, noiNhan: { recipients, archive } };
}

describe.each(NAMES)('%s', (name) => {
  const source = fixture(name);

  it.each(Object.keys(LAYOUTS))('exports and imports back to the same draft, field by field, from the visible document (%s)', async (layoutName) => {
    const layout = LAYOUTS[layoutName] as Layout;
    const { draft, report } = await importDocxBytes(await exported(source, layout), { now: NOW });
    expect(report.source).toBe('recognised');
    expect(content(draft)).toEqual(content(asPrinted(source, layout)));
    expect(draft.meta.createdAt).toBe(NOW);
    expect(report.originalProblems).toEqual([]);
  });

  it.each(Object.keys(LAYOUTS))('prints every line the original prints (%s)', async (layoutName) => {
    const layout = LAYOUTS[layoutName] as Layout;
    const { draft } = await importDocxBytes(await exported(source, layout), { now: NOW });
    expect(printedForm(draft, layout)).toEqual(printedForm(source, layout));
  });

  it.each(Object.keys(LAYOUTS))('expects back only what the page prints: the source as printed prints the same (%s)', (layoutName) => {
    const layout = LAYOUTS[layoutName] as Layout;
    const printed = asPrinted(source, layout);
    expect(printedForm(printed, layout)).toEqual(printedForm(source, layout));
    // Only the fields named in the module comment may differ, and only in the ways named there.
    const flat = (text: string) => text.replace(/\n/gu, ' ');
    expect(content({ ...printed, header: source.header, title: source.title, closing: source.closing, noiNhan: source.noiNhan, appendices: printed.appendices.map((a, i) => ({ ...a, title: source.appendices[i]?.title ?? '' })) })).toEqual(content(source));
    expect(flat(printed.header.issuingAgency)).toBe(flat(source.header.issuingAgency));
    expect(flat(printed.header.parentAgency)).toBe(flat(source.header.parentAgency));
    expect(flat(printed.title)).toBe(flat(source.title));
    expect({ ...printed.header, parentAgency: '', issuingAgency: '' }).toEqual({ ...source.header, parentAgency: '', issuingAgency: '' });
  });
});

describe('letters the layout prints in capitals', () => {
  // The clerk typed these in lower or sentence case; the page prints them in capitals.
  const base = fixture('full-feature');
  const source: Draft = DraftSchema.parse({
    ...base,
    header: { ...base.header, parentAgency: 'Ủy ban nhân dân huyện Thanh Bình, tỉnh Đồng Tháp', issuingAgency: 'Ủy ban nhân dân xã Tân Hòa Đông' },
    signer: { authority: [{ prefix: 'TM.', title: 'Ủy ban nhân dân' }, { prefix: 'KT.', title: 'Chủ tịch' }], title: 'Phó Chủ tịch\nphụ trách đô thị', name: 'Đỗ Thị Đào' },
    drafter: { code: 'pl', copies: 300 },
    // A break the clerk typed where the layout would not break the title.
    appendices: base.appendices.map((a, i) => (i === 0 ? { ...a, title: 'đánh giá kết quả\ntiếp nhận hồ sơ thủ tục hành chính năm 2023' } : a)),
    sections: base.sections.map((s, i) => (i === 0 ? { ...s, title: 'đánh giá Chung về kết quả' } : s)),
  });

  it('come back as the clerk typed them, and still print in capitals', async () => {
    const layout = LAYOUTS.default as Layout;
    const bytes = await exported(source, layout);
    const xml = new TextDecoder().decode(unzipFiles(bytes).get('word/document.xml'));
    // Stored as typed, shown in capitals by "All caps": "đ" prints "Đ".
    expect(xml).toMatch(/<w:caps\/>[\s\S]*?>đánh giá kết quả</u);
    expect(xml).not.toContain('ĐÁNH GIÁ KẾT QUẢ');
    const { draft } = await importDocxBytes(bytes, { now: NOW });
    expect(draft.header.parentAgency.replace(/\n/gu, ' ')).toBe(source.header.parentAgency);
    expect(draft.header.issuingAgency.replace(/\n/gu, ' ')).toBe(source.header.issuingAgency);
    expect(draft.signer).toEqual(source.signer);
    expect(draft.drafter).toEqual(source.drafter);
    expect(draft.appendices[0]?.title).toBe(source.appendices[0]?.title);
    expect(draft.sections[0]?.title).toBe('đánh giá Chung về kết quả');
    expect(printedForm(draft, layout)).toEqual(printedForm(source, layout));
  });
});

describe('a file edited after its export', () => {
  it('is read from what it prints now', async () => {
    const source = fixture('seed-quang-tri');
    const bytes = edit(await exported(source, LAYOUTS.default as Layout), 'word/document.xml', (xml) => xml.replace('Nguyễn Hoàn', 'Lê Văn Tám'));
    const { draft, report } = await importDocxBytes(bytes, { now: NOW });
    expect(report.source).toBe('recognised');
    expect(draft.signer.name).toBe('Lê Văn Tám');
    expect({ ...draft.signer, name: '' }).toEqual({ ...source.signer, name: '' });
  });
});

describe('an export', () => {
  it('holds the draft’s text only where it prints: no hidden copy a later edit in Word would leave behind', async () => {
    const source = fixture('full-feature');
    const files = unzipFiles(await exported(source, LAYOUTS.default as Layout));
    // docx writes an empty custom-properties part; it must stay empty.
    expect(new TextDecoder().decode(files.get('docProps/custom.xml') ?? new Uint8Array())).not.toMatch(/<property\b/u);
    const closing = 'Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính năm 2023';
    expect(source.closing.some((r) => r.type === 'text' && r.text.includes(closing))).toBe(true);
    const parts = [...files.entries()].filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'));
    const occurrences = parts.reduce((n, [, bytes]) => n + new TextDecoder().decode(bytes).split(closing).length - 1, 0);
    expect(occurrences).toBe(1);
  });
});
