/** The searchable plain text of a draft, one string per search field. */
import type { Appendix, Block, Draft, Inline, Section } from '../shared/domain/draft-schema';
import { blockText, inlineText, sectionsText } from '../shared/domain/inline-text';

/** The fields a draft is searched in, best first: a title hit outranks a body hit in ties. */
export const SEARCH_FIELDS = ['title', 'agencies', 'recipients', 'signer', 'body'] as const;
/** One of the searched fields. */
export type SearchField = (typeof SEARCH_FIELDS)[number];
/** The plain text of every searched field of one draft. */
export type DraftSearchText = Record<SearchField, string>;

/** Footnote bodies inside inline runs; inlineText leaves them out but they are searchable. */
function footnotes(content: readonly Inline[]): string[] {
  return content.flatMap((run) => (run.type === 'footnote' ? [inlineText(run.content)] : []));
}

function blockFootnotes(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'bullet':
      return footnotes(block.content);
    case 'table':
      return block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs.flatMap(footnotes)));
  }
}

function sectionFootnotes(sections: readonly Section[]): string[] {
  return sections.flatMap((s) => [...s.blocks.flatMap(blockFootnotes), ...sectionFootnotes(s.children)]);
}

function blocksText(blocks: readonly Block[]): string[] {
  return blocks.map((block) => (block.type === 'table' && block.caption ? `${block.caption}\n` : '') + blockText(block));
}

function tableCaptions(sections: readonly Section[]): string[] {
  return sections.flatMap((s) => [
    ...s.blocks.flatMap((b) => (b.type === 'table' && b.caption ? [b.caption] : [])),
    ...tableCaptions(s.children),
  ]);
}

function appendixText(appendix: Appendix): string {
  return [appendix.title, ...blocksText(appendix.blocks), sectionsText(appendix.sections)].join('\n');
}

function bodyText(draft: Draft): string {
  const allBlocks = [...draft.opening, ...draft.appendices.flatMap((a) => a.blocks)];
  const allSections = [...draft.sections, ...draft.appendices.flatMap((a) => a.sections)];
  const body = [
    ...blocksText(draft.opening),
    sectionsText(draft.sections),
    ...tableCaptions(draft.sections),
    inlineText(draft.closing),
    ...draft.appendices.map(appendixText),
    ...allBlocks.flatMap(blockFootnotes),
    ...sectionFootnotes(allSections),
    ...footnotes(draft.closing),
  ];
  return body.filter((part) => part.length > 0).join('\n');
}

/** The plain text of one searched field of a draft. */
export function fieldText(draft: Draft, field: SearchField): string {
  switch (field) {
    case 'title':
      return draft.title;
    case 'agencies':
      return [draft.header.issuingAgency, draft.header.parentAgency].join('\n');
    case 'recipients':
      return [...draft.kinhGui, ...draft.noiNhan.recipients].join('\n');
    case 'signer':
      return draft.signer.name;
    case 'body':
      return bodyText(draft);
  }
}

/** Plain text per field: body holds opening, sections (headings too), closing, appendices and footnotes. */
export function draftSearchText(draft: Draft): DraftSearchText {
  return Object.fromEntries(SEARCH_FIELDS.map((field) => [field, fieldText(draft, field)])) as DraftSearchText;
}
