/**
 * The content (ô 6): opening paragraphs, numbered sections (I. / 1. / a) from numberSections, so
 * reordering renumbers), bullets, tables, the closing paragraph and the "./." end mark.
 */
import { Paragraph, type ParagraphChild, type Table } from 'docx';
import type { Block, Draft, Inline, Section } from '../../shared/domain/draft-schema';
import { END_MARK } from '../../shared/domain/inline-text';
import { numberSections, type NumberedSection } from '../../shared/domain/outline';
import type { BuildContext } from './context';
import { appendEndMark, hasVisibleContent, markContentEnd } from './end-mark';
import { spacerParagraph } from './paragraph-kit';
import { inlineRuns, textRuns } from './runs';
import { contentTable } from './tables';

/** Paragraph style of the body text, defined in build-docx.ts (justified, first-line indent, 6 pt before). */
export const BODY_STYLE = 'NoiDung';

type Element = Paragraph | Table;
type TextBlock = Extract<Block, { type: 'paragraph' | 'bullet' }>;

interface RenderState {
  out: Element[];
  lastWasTable: boolean;
  /** The block carrying "./." and whether it keeps with what follows (the signature). */
  marked: TextBlock | null;
  keepMarked: boolean;
}

function push(state: RenderState, elements: Element[], isTable: boolean): void {
  // Two tables in a row would merge into one in Word; a hairline paragraph keeps them apart.
  if (isTable && state.lastWasTable) state.out.push(spacerParagraph(120));
  state.out.push(...elements);
  state.lastWasTable = isTable;
}

function bodyParagraph(children: ParagraphChild[], keepNext = false): Paragraph {
  return new Paragraph({ style: BODY_STYLE, ...(keepNext ? { keepNext: true } : {}), children });
}

function renderBlock(ctx: BuildContext, state: RenderState, block: Block, prefix = ''): void {
  const size = ctx.sizes.body;
  if (block.type === 'table') {
    push(state, contentTable(ctx, block), true);
    return;
  }
  if (!prefix && !hasVisibleContent(block.content)) return; // an empty paragraph prints nothing
  const lead = block.type === 'bullet' ? `${block.marker} ` : prefix;
  const children = [...(lead ? textRuns(ctx, lead, { sizePt: size }) : []), ...inlineRuns(ctx, block.content, { sizePt: size })];
  push(state, [bodyParagraph(children, block === state.marked && state.keepMarked)], false);
}

function heading(ctx: BuildContext, item: NumberedSection, title: string): Paragraph {
  const indentHeadings = ctx.layout.indentHeadings;
  const bold = item.kind === 'roman' || item.kind === 'arabic';
  return new Paragraph({
    style: BODY_STYLE,
    keepNext: true,
    ...(item.kind !== 'letter' ? { outlineLevel: Math.min(item.depth, 8) } : {}),
    ...(indentHeadings ? {} : { indent: { firstLine: 0 } }),
    children: textRuns(ctx, title ? `${item.label} ${title}` : item.label, {
      sizePt: ctx.sizes.body,
      bold,
      caps: item.kind === 'roman',
    }),
  });
}

function renderSection(ctx: BuildContext, state: RenderState, item: NumberedSection): void {
  const { section } = item;
  const title = ctx.clean(section.title).replace(/\s+/gu, ' ').trim();
  const [first, ...rest] = section.blocks;
  // An untitled khoản or điểm ("1. Quyết định này …", "a) Đối với …") starts its first paragraph.
  const inlineLabel = !title && item.kind !== 'roman' && first?.type === 'paragraph' && hasVisibleContent(first.content);
  if (inlineLabel && first) {
    renderBlock(ctx, state, first, `${item.label} `);
    for (const block of rest) renderBlock(ctx, state, block);
    return;
  }
  push(state, [heading(ctx, item, title)], false);
  for (const block of section.blocks) renderBlock(ctx, state, block);
}

function render(
  ctx: BuildContext,
  blocks: readonly Block[],
  sections: readonly Section[],
  outlineStart: Draft['outlineStart'],
  withMark: boolean,
  keepMarked: boolean,
): Element[] {
  const content = withMark ? markContentEnd(blocks, sections) : { blocks: [...blocks], sections: [...sections], marked: null };
  const state: RenderState = { out: [], lastWasTable: false, marked: content.marked, keepMarked };
  for (const block of content.blocks) renderBlock(ctx, state, block);
  for (const item of numberSections(content.sections, outlineStart)) renderSection(ctx, state, item);
  if (withMark && content.marked === null) {
    push(state, [bodyParagraph(textRuns(ctx, END_MARK, { sizePt: ctx.sizes.body }), keepMarked)], false);
  }
  return state.out;
}

/** The main content with the closing paragraph; the paragraph carrying "./." keeps with the signature. */
export function mainBody(ctx: BuildContext, draft: Draft): Element[] {
  const closing: readonly Inline[] = draft.closing;
  if (!hasVisibleContent(closing)) return render(ctx, draft.opening, draft.sections, draft.outlineStart, true, true);
  const out = render(ctx, draft.opening, draft.sections, draft.outlineStart, false, false);
  out.push(bodyParagraph(inlineRuns(ctx, appendEndMark(closing), { sizePt: ctx.sizes.body }), true));
  return out;
}

/** The content of an appendix, ending with "./." like the main text (Mẫu 2.1). */
export function appendixBody(ctx: BuildContext, blocks: readonly Block[], sections: readonly Section[], outlineStart: Draft['outlineStart']): Element[] {
  return render(ctx, blocks, sections, outlineStart, true, false);
}
