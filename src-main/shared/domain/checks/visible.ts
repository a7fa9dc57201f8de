/** What prints: a block with visible text or a footnote mark, or a table. */
import type { Block, Inline, Section } from '../draft-schema';
import { inlineText } from '../inline-text';

/** Whether inline content prints anything (text or a footnote mark). */
export function hasVisibleText(content: readonly Inline[]): boolean {
  return inlineText(content).trim() !== '' || content.some((run) => run.type === 'footnote');
}

/** Whether a block prints anything: any table does, a paragraph or bullet only with visible text. */
export function blockPrints(block: Block): boolean {
  return block.type === 'table' || hasVisibleText(block.content);
}

/** Whether a section has anything under its heading: a printing block or a sub-section. */
export function sectionHasContent(section: Section): boolean {
  return section.children.length > 0 || section.blocks.some(blockPrints);
}
