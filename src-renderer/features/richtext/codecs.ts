/** How a block field and an inline field convert between their value and the editor document. */
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Block, Inline } from '@shared/domain/draft-schema';
import { blocksToDoc, docToInlines, inlinesToDoc, isEmptyParagraph, nodeToBlocks } from '@shared/domain/editor-doc';
import type { FieldCodec } from './field-sync';

/** Blocks ↔ document; each top-level node's blocks are converted once and reused while it is unchanged. */
export const blockCodec: FieldCodec<Block[]> = {
  toDoc: blocksToDoc,
  fromDoc: (doc, cache) => {
    const out: Block[] = [];
    doc.forEach((child: PmNode) => {
      let blocks = cache.get(child) as Block[] | undefined;
      if (!blocks) {
        blocks = nodeToBlocks(child.toJSON());
        cache.set(child, blocks);
      }
      out.push(...blocks);
    });
    const only = out[0];
    return out.length === 1 && only && isEmptyParagraph(only) ? [] : out;
  },
};

/** Inline content ↔ a one-paragraph document (the closing). */
export const inlineCodec: FieldCodec<Inline[]> = {
  toDoc: inlinesToDoc,
  fromDoc: (doc) => docToInlines(doc.toJSON()),
};
