/**
 * Blocks ↔ the editor's document, as ProseMirror JSON, so the conversion needs no editor and the
 * importer can use it too. Each block is one top-level node: a paragraph, a bulletItem or a table.
 */
import type { Block, Inline } from '../draft-schema';
import { inlinesToPm, pmToInlines } from './inline-doc';
import { blocksToInlines } from './allow';
import { normalizeBlocks } from './normalize';
import { NODE, type PmNode } from './pm-json';
import { pmToTable, tableToPm } from './table-doc';

function textblock(type: string, content: readonly Inline[], attrs?: Record<string, unknown>): PmNode {
  const node: PmNode = { type };
  if (attrs) node.attrs = attrs;
  const inline = inlinesToPm(content);
  if (inline.length > 0) node.content = inline;
  return node;
}

/** The top-level node of one block. */
export function blockToNode(block: Block): PmNode {
  switch (block.type) {
    case 'paragraph':
      return textblock(NODE.paragraph, block.content);
    case 'bullet':
      return textblock(NODE.bulletItem, block.content, { marker: block.marker === '+' ? '+' : '-' });
    case 'table':
      return tableToPm(block);
  }
}

const EMPTY_PARAGRAPH: PmNode = { type: NODE.paragraph };

/** The editor document of a field's blocks; an empty field is one empty paragraph to type in. */
export function blocksToDoc(blocks: readonly Block[]): PmNode {
  const content = normalizeBlocks(blocks).map(blockToNode);
  return { type: NODE.doc, content: content.length > 0 ? content : [{ ...EMPTY_PARAGRAPH }] };
}

const LISTS = new Set(['bulletList', 'orderedList']);
const isInline = (node: PmNode) => node.type === NODE.text || node.type === NODE.hardBreak || node.type === NODE.footnote;

/**
 * The blocks of one top-level node. Nodes this schema does not have (headings, quotes, another
 * editor's nested lists) keep their words: textblocks become paragraphs, list items become "-"
 * items, "+" below the first level (`listDepth` counts the lists around `node`).
 */
export function nodeToBlocks(node: PmNode, listDepth = 0): Block[] {
  switch (node.type) {
    case NODE.paragraph:
      return [{ type: 'paragraph', content: pmToInlines(node.content) }];
    case NODE.bulletItem:
      return [{ type: 'bullet', marker: node.attrs?.marker === '+' ? '+' : '-', content: pmToInlines(node.content) }];
    case NODE.table: {
      const table = pmToTable(node);
      return table ? [table] : [];
    }
    default: {
      const children = node.content ?? [];
      if (children.some(isInline)) return [inlineBlock(pmToInlines(children), listDepth)];
      const depth = LISTS.has(node.type) ? listDepth + 1 : listDepth;
      return children.flatMap((child) =>
        depth > 0 && child.type === NODE.paragraph ? [inlineBlock(pmToInlines(child.content), depth)] : nodeToBlocks(child, depth),
      );
    }
  }
}

function inlineBlock(content: Inline[], listDepth: number): Block {
  return listDepth > 0 ? { type: 'bullet', marker: listDepth > 1 ? '+' : '-', content } : { type: 'paragraph', content };
}

/** The blocks of an editor document, in canonical form (see normalizeBlocks). */
export function docToBlocks(doc: PmNode): Block[] {
  return normalizeBlocks((doc.content ?? []).flatMap((node) => nodeToBlocks(node)));
}

/** The editor document of an inline-only field (the closing): one paragraph. */
export function inlinesToDoc(content: readonly Inline[]): PmNode {
  return { type: NODE.doc, content: [textblock(NODE.paragraph, content)] };
}

/** The inline content of an inline-only document; several textblocks are joined by a space. */
export function docToInlines(doc: PmNode): Inline[] {
  return blocksToInlines(docToBlocks(doc), true);
}
