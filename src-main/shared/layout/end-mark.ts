/**
 * Places the "./." that ends the content (docs/layout-rules.md §7, Mẫu 1.4/2.1): on the closing paragraph when
 * there is one, else on the last paragraph or bullet of the content. Pure data transform, done
 * before rendering so the builder knows which paragraph must keep with the signature.
 */
import type { Block, Inline, Section } from '../domain/draft-schema';
import { END_MARK, inlineText, withEndMark } from '../domain/inline-text';

type TextBlock = Extract<Block, { type: 'paragraph' | 'bullet' }>;

/** Whether inline content prints anything (text or a footnote mark). */
export function hasVisibleContent(content: readonly Inline[]): boolean {
  return inlineText(content).trim() !== '' || content.some((run) => run.type === 'footnote');
}

/** Inline content ending with "./.", added once (an existing end mark is kept). */
export function appendEndMark(content: readonly Inline[]): Inline[] {
  const out = [...content];
  // Drop trailing empty text runs so the mark follows the last visible character.
  while (out.length > 0) {
    const last = out[out.length - 1];
    if (last?.type === 'text' && last.text.trim() === '') out.pop();
    else break;
  }
  const last = out[out.length - 1];
  if (last?.type === 'text') {
    out[out.length - 1] = { ...last, text: withEndMark(last.text) };
  } else if (!inlineText(out).trimEnd().endsWith(END_MARK)) {
    // Ends with a footnote mark: "./." follows the mark, and a full stop before the mark goes
    // (the end mark carries the full stop: "… năm 2023¹./.", not "… năm 2023.¹./.").
    const i = out.findLastIndex((run) => run.type === 'text' && run.text.trim() !== '');
    const run = out[i];
    if (run?.type === 'text') out[i] = { ...run, text: run.text.replace(/[\s.]+$/u, '') };
    out.push({ type: 'text', text: END_MARK });
  }
  return out;
}

export interface MarkedContent {
  blocks: Block[];
  sections: Section[];
  /** The block now carrying the end mark, or null when a separate "./." paragraph is needed. */
  marked: TextBlock | null;
}

/** Makes the copy of a paragraph that carries the end mark. */
export type MarkBlock = (block: TextBlock) => TextBlock;

const withMark: MarkBlock = (block) => ({ ...block, content: appendEndMark(block.content) });

function markBlocks(blocks: readonly Block[], mark: MarkBlock): { blocks: Block[]; marked: TextBlock | null; stop: boolean } {
  const last = blocks[blocks.length - 1];
  if (!last) return { blocks: [...blocks], marked: null, stop: false };
  if (last.type === 'table') return { blocks: [...blocks], marked: null, stop: true };
  if (!hasVisibleContent(last.content)) {
    // An empty trailing paragraph prints nothing; look at the one before it.
    const inner = markBlocks(blocks.slice(0, -1), mark);
    return { blocks: [...inner.blocks, last], marked: inner.marked, stop: inner.stop };
  }
  const marked = mark(last);
  return { blocks: [...blocks.slice(0, -1), marked], marked, stop: true };
}

function markSections(sections: readonly Section[], mark: MarkBlock): { sections: Section[]; marked: TextBlock | null; stop: boolean } {
  const out = [...sections];
  for (let i = out.length - 1; i >= 0; i--) {
    const section = out[i];
    if (!section) continue;
    const children = markSections(section.children, mark);
    if (children.stop) {
      out[i] = { ...section, children: children.sections };
      return { sections: out, marked: children.marked, stop: true };
    }
    const own = markBlocks(section.blocks, mark);
    if (own.stop) {
      out[i] = { ...section, blocks: own.blocks };
      return { sections: out, marked: own.marked, stop: true };
    }
    // A heading with nothing under it ends the content: the mark goes on its own line.
    if (section.title.trim()) return { sections: out, marked: null, stop: true };
  }
  return { sections: out, marked: null, stop: false };
}

/**
 * The content (blocks then sections) with the end mark applied to its last paragraph (a copy
 * made by `mark`: the planner's cache keeps one per paragraph).
 */
export function markContentEnd(blocks: readonly Block[], sections: readonly Section[], mark: MarkBlock = withMark): MarkedContent {
  const inSections = markSections(sections, mark);
  if (inSections.stop) return { blocks: [...blocks], sections: inSections.sections, marked: inSections.marked };
  const inBlocks = markBlocks(blocks, mark);
  return { blocks: inBlocks.blocks, sections: [...sections], marked: inBlocks.marked };
}
