/** What a field lets the clerk create, and content brought down to it (pasted or inserted). */
import type { Block, Inline } from '../draft-schema';
import { joinInlines, normalizeBlock } from './normalize';

/** The kinds of content a rich-text field offers beyond formatted paragraphs. */
export interface RichTextAllow {
  bullets: boolean;
  tables: boolean;
  footnotes: boolean;
}

/** Everything allowed: the default of a block field. */
export const ALLOW_ALL: Readonly<RichTextAllow> = { bullets: true, tables: true, footnotes: true };

function withoutFootnotes(content: readonly Inline[]): Inline[] {
  return content.filter((run) => run.type === 'text');
}

/**
 * Blocks as a field that allows only some kinds may receive them: "-"/"+" items become
 * paragraphs, each table row becomes a paragraph of its cells separated by tabs, footnotes go.
 * The result is in canonical form.
 */
export function restrictBlocks(blocks: readonly Block[], allow: Readonly<RichTextAllow>): Block[] {
  const inline = (content: readonly Inline[]) => (allow.footnotes ? [...content] : withoutFootnotes(content));
  return blocks.flatMap((block): Block[] => {
    if (block.type === 'bullet') {
      return allow.bullets ? [{ ...block, content: inline(block.content) }] : [{ type: 'paragraph', content: inline(block.content) }];
    }
    if (block.type === 'paragraph') return [{ type: 'paragraph', content: inline(block.content) }];
    if (allow.tables) {
      if (allow.footnotes) return [block];
      return [{ ...block, rows: block.rows.map((row) => ({ cells: row.cells.map((cell) => ({ ...cell, paragraphs: cell.paragraphs.map(withoutFootnotes) })) })) }];
    }
    return block.rows.map((row) => ({
      type: 'paragraph',
      content: joinWith(row.cells.map((cell) => inline(joinInlines(cell.paragraphs))), '\t'),
    }));
  }).map(normalizeBlock);
}

function joinWith(parts: readonly Inline[][], separator: string): Inline[] {
  return parts.flatMap((part, i) => (i > 0 ? [{ type: 'text', text: separator } as Inline, ...part] : part));
}

/** Blocks as the inline content of a one-paragraph field (the closing): joined by spaces. */
export function blocksToInlines(blocks: readonly Block[], footnotes: boolean): Inline[] {
  const parts = blocks.flatMap((block) =>
    block.type === 'table' ? block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs)) : [block.content],
  );
  const joined = joinInlines(parts);
  return footnotes ? joined : withoutFootnotes(joined);
}

/** How many footnotes blocks hold, in the order they are numbered (tables row by row). */
export function countFootnotes(blocks: readonly Block[]): number {
  const inInline = (content: readonly Inline[]) => content.filter((run) => run.type === 'footnote').length;
  return blocks.reduce(
    (sum, block) =>
      sum +
      (block.type === 'table'
        ? block.rows.reduce((s, row) => s + row.cells.reduce((c, cell) => c + cell.paragraphs.reduce((p, para) => p + inInline(para), 0), 0), 0)
        : inInline(block.content)),
    0,
  );
}

/** How many footnotes inline content holds. */
export function countInlineFootnotes(content: readonly Inline[]): number {
  return content.filter((run) => run.type === 'footnote').length;
}
