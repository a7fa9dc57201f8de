/**
 * Appendices after the signature (Mẫu 2.1): each starts at a "Phụ lục …" line; its title is the
 * bold or capital lines below the label (or the text after "Phụ lục I:" on the label's line), the
 * "(Kèm theo …)" reference line and the rule are the layout's and are left out, the rest is its
 * content with its own outline (no Phần level). A landscape section makes a landscape appendix.
 */
import type { Appendix, Draft } from '../domain/draft-schema';
import type { Layout } from '../domain/settings-schema';
import { appendixTitleLines } from '../layout/appendix-plan';
import { toCaps } from '../layout/caps';
import { pageGeometry } from '../layout/page-geometry';
import { sizesFor } from '../layout/sizes';
import type { DocBlock, DocModel, DocParagraph } from './doc-model';
import { readBodyItems, type ItemFacts } from './body-items';
import type { InlineTally } from './inlines';
import { chosenBreaks } from './line-breaks';
import { buildOutline } from './outline-tree';
import { appendixLabelOf, isReferenceLine, labelOf } from './patterns';
import { boldShare, isRuleOrBlank, linesOf, paraText, showsCaps, squash, typedTail } from './text';

/** Whether the block starts an appendix. */
export function isAppendixStart(block: DocBlock | undefined): block is DocParagraph {
  if (!block || block.kind !== 'paragraph') return false;
  const first = linesOf(block)[0];
  if (!first || appendixLabelOf(first.text) === null) return false;
  return boldShare(first.pieces) >= 0.6 || block.props.align === 'center' || block.pageBreakBefore;
}

export interface AppendixOutcome {
  appendices: Appendix[];
  facts: ItemFacts[];
  landscape: number;
}

/**
 * The appendices in `blocks` (the first one starts at blocks[0]); `layout` is the file's, which
 * says where the layout itself would break a title.
 */
export function recogniseAppendices(doc: DocModel, blocks: readonly DocBlock[], outlineStart: Draft['outlineStart'], tally: InlineTally, layout: Layout): AppendixOutcome {
  const starts: number[] = [];
  blocks.forEach((b, i) => {
    if (isAppendixStart(b)) starts.push(i);
  });
  const appendices: Appendix[] = [];
  const facts: ItemFacts[] = [];
  let landscape = 0;
  starts.forEach((start, n) => {
    const end = starts[n + 1] ?? blocks.length;
    const label = blocks[start];
    if (!label || label.kind !== 'paragraph') return;
    const labelLines = linesOf(label);
    // The title's lines as stored (the layout prints the title in capitals itself).
    const titleParts: string[] = [];
    const firstLine = labelLines[0];
    const inLabel = appendixLabelOf(firstLine?.text ?? '')?.title ?? '';
    if (inLabel) titleParts.push(typedTail(inLabel, firstLine?.text ?? '', firstLine?.typed ?? ''));
    // Further lines of the label's own paragraph (a title after a line break).
    for (const line of labelLines.slice(1)) if (!isRuleOrBlank(line.text) && !isReferenceLine(line.text)) titleParts.push(squash(line.typed));
    let at = start + 1;
    for (; at < end; at++) {
      const block = blocks[at];
      if (!block || block.kind !== 'paragraph') break;
      const text = squash(paraText(block));
      if (isRuleOrBlank(text)) continue;
      if (isReferenceLine(text)) continue;
      const lines = linesOf(block);
      const titleLike = !labelOf(text) && text.length <= 400 && lines.every((l) => isRuleOrBlank(l.text) || boldShare(l.pieces) >= 0.6 || showsCaps(l));
      // Title lines come before the reference line; after it the content starts.
      if (!titleLike || blocksBefore(blocks, start, at).some((b) => isReferenceLine(squash(paraText(b))))) break;
      for (const line of lines) if (!isRuleOrBlank(line.text)) titleParts.push(squash(line.typed));
    }
    const content = blocks.slice(at, end);
    const read = readBodyItems(content, tally);
    facts.push(read.facts);
    const outline = buildOutline(read.items, { idPrefix: `a${n + 1}-`, allowParts: false, outlineStart });
    const blocksOut = [...outline.opening];
    if (outline.closing.length > 0) {
      const last = lastContainer(outline.sections) ?? blocksOut;
      last.push({ type: 'paragraph', content: outline.closing });
    }
    const section = doc.sections[label.section];
    const isLandscape = section?.landscape ?? false;
    if (isLandscape) landscape++;
    const width = pageGeometry(layout, isLandscape ? 'landscape' : 'portrait').textWidth;
    const titleSize = sizesFor(layout.sizePreset).appendixTitle;
    appendices.push({
      id: `phu-luc-${n + 1}`,
      title: chosenBreaks(titleParts, (text) => appendixTitleLines(text, titleSize, width).lines, toCaps),
      orientation: isLandscape ? 'landscape' : 'portrait',
      blocks: blocksOut,
      sections: outline.sections,
    });
  });
  return { appendices, facts, landscape };
}

function blocksBefore(blocks: readonly DocBlock[], from: number, to: number) {
  return blocks.slice(from + 1, to).filter((b): b is Extract<DocBlock, { kind: 'paragraph' }> => b.kind === 'paragraph');
}

function lastContainer(sections: Appendix['sections']): Appendix['blocks'] | null {
  let list = sections;
  let last = list[list.length - 1];
  while (last && last.children.length > 0) {
    list = last.children;
    last = list[list.length - 1];
  }
  return last ? last.blocks : null;
}
