/**
 * One page plan, two outputs: the fixed parts the DOCX prints (read back from its XML by their
 * place in the document, not from the plan) must equal `fixedLines(plan)` line by line. The HTML
 * preview is held to the same list by its own test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftSchema, type Draft } from '../../shared/domain/draft-schema';
import { fixedLines, planPages, type FixedLine, type FixedLineLabel } from '../../shared/layout';
import { BODY_STYLE } from './body';
import { fullFeatureDraft, minimalDraft, SIGNER_VARIANTS } from './test-drafts';
import { bodyChildren, buildParts, cellsOf, first, kids, layoutWith, paraProp, rowsOf, textOf, type XmlNode } from './test-xml';
import type { Layout } from '../../shared/domain/settings-schema';

const fixture = (name: string): Draft =>
  DraftSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../e2e/fixtures/drafts', `${name}.json`), 'utf8')));

const linesOf = (p: XmlNode): string[] => textOf(p).split('\n').filter((l) => l.trim() !== '');
const texts = (cell: XmlNode): string[][] => kids(cell, 'w:p').map(linesOf).filter((l) => l.length > 0);
const tag = (label: FixedLineLabel, lines: readonly string[]): FixedLine[] => lines.map((text) => ({ label, text }));
const isHeading = (p: XmlNode): boolean =>
  p.name === 'w:p' && paraProp(p, 'w:pStyle')?.attrs['w:val'] === BODY_STYLE && paraProp(p, 'w:keepNext') !== undefined;

/** A body split at its section breaks. */
function sections(doc: XmlNode): XmlNode[][] {
  const out: XmlNode[][] = [[]];
  for (const item of bodyChildren(doc)) {
    out[out.length - 1]?.push(item);
    if (item.name === 'w:p' && first(item, 'w:sectPr')) out.push([]);
  }
  return out.filter((s) => s.length > 0);
}

/** The fixed lines as the DOCX prints them, found by structure. */
function docxFixedLines(doc: XmlNode): FixedLine[] {
  const [main = [], ...appendices] = sections(doc);
  const header = main[0] as XmlNode;
  const rows = rowsOf(header);
  const [national, numbers] = rows.slice(-2) as [XmlNode, XmlNode];
  const [, right] = cellsOf(national) as [XmlNode, XmlNode];
  const [soCell, dateCell] = cellsOf(numbers) as [XmlNode, XmlNode];
  const [quocHieu = [], tieuNgu = []] = texts(right);
  const out: FixedLine[] = [...tag('quoc-hieu', quocHieu), ...tag('tieu-ngu', tieuNgu), ...tag('so', texts(soCell)[0] ?? []), ...tag('date', texts(dateCell)[0] ?? [])];

  const signatureAt = main.findIndex((n, i) => i > 0 && n.name === 'w:tbl' && textOf(n).includes('Nơi nhận:'));
  const flow = main.slice(1, signatureAt);
  const firstBody = flow.findIndex((n) => n.name !== 'w:p' || paraProp(n, 'w:pStyle')?.attrs['w:val'] === BODY_STYLE);
  // Before the body: "BÁO CÁO", the trích yếu, the rule, the Kính gửi lines.
  const titleParts = flow.slice(0, firstBody).map(linesOf).filter((l) => l.length > 0);
  const [docType = [], ...rest] = titleParts;
  out.push(...tag('doc-type', docType));
  const kinhAt = rest.findIndex((l) => (l[0] ?? '').startsWith('Kính gửi'));
  out.push(...tag('title', (kinhAt < 0 ? rest : rest.slice(0, kinhAt)).flat()));
  if (kinhAt >= 0) out.push(...tag('kinh-gui', rest.slice(kinhAt).flat()));
  // Headings keep with the next block; the paragraph carrying "./." does too and is the last one.
  const body = flow.slice(firstBody);
  const headingParas = body.filter(isHeading).filter((p, i, list) => !(i === list.length - 1 && body[body.length - 1] === p));
  out.push(...tag('heading', headingParas.flatMap(linesOf)));

  const [left, sign] = cellsOf(rowsOf(main[signatureAt] as XmlNode)[0] as XmlNode) as [XmlNode, XmlNode];
  const [label = [], ...recipients] = texts(left);
  out.push(...tag('noi-nhan-label', label), ...tag('noi-nhan', recipients.flat()));
  const signLines = texts(sign).flat();
  const name = signLines.pop() ?? '';
  const authority = signLines.filter((l) => /^(TM|KT|TL|TUQ|Q)\. /u.test(l));
  out.push(...tag('authority', authority), ...tag('signer-title', signLines.slice(authority.length)), ...tag('signer-name', [name]));

  for (const part of appendices) {
    const paras = part.filter((n) => n.name === 'w:p');
    const [labelP, ...others] = paras.map(linesOf).filter((l) => l.length > 0);
    const refAt = others.findIndex((l) => (l[0] ?? '').startsWith('(Kèm theo'));
    out.push(...tag('appendix-label', labelP ?? []), ...tag('appendix-title', others.slice(0, refAt).flat()), ...tag('appendix-reference', others[refAt] ?? []));
    out.push(...tag('heading', part.filter(isHeading).flatMap(linesOf)));
  }
  return out;
}

const CASES: Array<{ name: string; draft: () => Draft; layout?: Layout }> = [
  { name: 'full-feature draft', draft: () => fullFeatureDraft() },
  { name: 'full-feature draft, preset 13, TM./KT. signer', draft: () => fullFeatureDraft({ signer: SIGNER_VARIANTS['TM. KT.'] }), layout: layoutWith({ sizePreset: 13 }) },
  { name: 'minimal draft, single Kính gửi', draft: () => minimalDraft({ kinhGui: ['Ủy ban nhân dân tỉnh Quảng Trị'] }) },
  { name: 'long report fixture (Phần, landscape appendix)', draft: () => fixture('long-report') },
  { name: 'full-feature fixture', draft: () => fixture('full-feature') },
];

describe.each(CASES)('fixed parts of the $name', ({ draft, layout }) => {
  it('are printed in the DOCX exactly as the plan lists them', async () => {
    const d = draft();
    const l = layout ?? layoutWith();
    const { doc } = await buildParts(d, l);
    const expected = fixedLines(planPages(d, l));
    expect(expected.length).toBeGreaterThan(15);
    expect(docxFixedLines(doc)).toEqual(expected);
  });
});
