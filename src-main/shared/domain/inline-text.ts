/** Plain-text views of inline content, used by search, previews, file names and checks. */
import type { Block, Inline, Section } from './draft-schema';

/** The visible text of inline runs, footnote bodies left out. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((run) => (run.type === 'text' ? run.text : '')).join('');
}

/** Plain text of a block: paragraphs, bullets and table cells. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.content);
    case 'bullet':
      return `${block.marker} ${inlineText(block.content)}`;
    case 'table':
      return block.rows
        .map((row) => row.cells.map((cell) => cell.paragraphs.map(inlineText).join('\n')).join('\t'))
        .join('\n');
  }
}

/** Plain text of a section tree, titles and blocks in reading order. */
export function sectionsText(sections: readonly Section[]): string {
  return sections
    .map((s) => [s.title, ...s.blocks.map(blockText), sectionsText(s.children)].filter(Boolean).join('\n'))
    .join('\n');
}

/** The mark that ends the content of an administrative document. */
export const END_MARK = './.';

/** Appends "./." unless the text already ends with it (trailing full stops folded in). */
export function withEndMark(text: string): string {
  const trimmed = text.replace(/\s+$/u, '');
  if (trimmed.endsWith(END_MARK)) return trimmed;
  return `${trimmed.replace(/\.+$/u, '')}${END_MARK}`;
}

/** Plain text runs from a string, for building content in code and tests. */
export function plain(text: string): Inline[] {
  return [{ type: 'text', text }];
}
