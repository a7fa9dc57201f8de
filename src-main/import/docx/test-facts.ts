/**
 * Test support: the facts of a draft the import tests compare (agency, ký hiệu, date, title,
 * headings with their depth and printed number, tables with their spans, footnotes, Nơi nhận,
 * signer, appendices), so a test states what a file holds in a few lines.
 */
import { formatKyHieu } from '../../shared/domain/doc-number';
import type { Block, Draft, Inline, Section } from '../../shared/domain/draft-schema';
import { inlineText } from '../../shared/domain/inline-text';
import { numberSections } from '../../shared/domain/outline';

const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

function allBlocks(draft: Draft): Block[] {
  const walk = (sections: readonly Section[]): Block[] => sections.flatMap((s) => [...s.blocks, ...walk(s.children)]);
  return [...draft.opening, ...walk(draft.sections), ...draft.appendices.flatMap((a) => [...a.blocks, ...walk(a.sections)])];
}

function inlinesOf(block: Block): Inline[] {
  return block.type === 'table' ? block.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.flat())) : block.content;
}

/** Every text of the draft (body, tables, closing, footnotes), one entry per paragraph. */
export function draftTexts(draft: Draft): string[] {
  const out: string[] = [];
  const add = (content: readonly Inline[]) => {
    out.push(inlineText(content));
    for (const i of content) if (i.type === 'footnote') out.push(inlineText(i.content));
  };
  for (const block of allBlocks(draft)) {
    if (block.type === 'table') block.rows.forEach((r) => r.cells.forEach((c) => c.paragraphs.forEach(add)));
    else add(block.content);
  }
  add(draft.closing);
  const titles = (sections: readonly Section[]): string[] => sections.flatMap((s) => [s.title, ...titles(s.children)]);
  out.push(...titles(draft.sections));
  return out;
}

/** The facts of a draft the import tests check. */
export function draftFacts(draft: Draft) {
  const blocks = allBlocks(draft);
  const tables = blocks.filter((b) => b.type === 'table');
  return {
    parentAgency: oneLine(draft.header.parentAgency),
    issuingAgency: oneLine(draft.header.issuingAgency),
    number: draft.header.number,
    kyHieu: formatKyHieu(draft.header),
    place: draft.header.place,
    date: draft.header.date,
    title: oneLine(draft.title),
    kinhGui: draft.kinhGui,
    outlineStart: draft.outlineStart,
    headings: numberSections(draft.sections, draft.outlineStart, draft.partStyle).map((n) => [n.depth, n.label, oneLine(n.section.title)] as [number, string, string]),
    tables: tables.map((t) => ({
      rows: t.rows.length,
      columns: t.columnWidths.length,
      rowSpans: t.rows.flatMap((r) => r.cells).filter((c) => (c.rowSpan ?? 1) > 1).length,
      colSpans: t.rows.flatMap((r) => r.cells).filter((c) => (c.colSpan ?? 1) > 1).length,
    })),
    footnotes: [...blocks.flatMap(inlinesOf), ...draft.closing].filter((i) => i.type === 'footnote').length,
    bullets: blocks.filter((b) => b.type === 'bullet').length,
    closing: draft.closing.length > 0,
    recipients: draft.noiNhan.recipients,
    archive: draft.noiNhan.archive,
    signer: { authority: draft.signer.authority.map((a) => [a.prefix, a.title]), title: draft.signer.title, name: draft.signer.name },
    appendices: draft.appendices.map((a) => ({ title: oneLine(a.title), orientation: a.orientation })),
  };
}
