/**
 * The content (ô 6, docs/layout-rules.md §7) as a flat list of blocks: opening paragraphs,
 * numbered headings (Phần / I. / 1. / a) from the tree, so reordering renumbers), bullets,
 * tables, the closing paragraph and the "./." end mark, placed once.
 */
import type { Block, Draft, Inline, Section } from '../domain/draft-schema';
import { END_MARK } from '../domain/inline-text';
import type { HeadingKind } from '../domain/numbering';
import { numberSections, type NumberedSection } from '../domain/outline';
import type { Layout } from '../domain/settings-schema';
import { TABLE_GAP } from './constants';
import { capsLines, toCaps, type CapsLines } from './caps';
import { appendEndMark, hasVisibleContent, markContentEnd } from './end-mark';
import { type FootnoteCounter, planInlines, planText } from './inline-plan';
import { cached, type LayoutCache } from './layout-cache';
import { font } from './lines';
import type { HeadingBlock, HeadingLevel, ParagraphBlock, PlanBlock, PlanInline } from './plan-blocks';
import type { BodyStyle, ParagraphPlacement } from './plan-types';
import { planTable } from './table-plan';
import { balancedTitleLines } from './text-width';
import type { SizeSet } from './sizes';

type TextBlock = Extract<Block, { type: 'paragraph' | 'bullet' }>;

export interface BodyContext {
  layout: Layout;
  sizes: SizeSet;
  body: BodyStyle;
  textWidth: number;
  footnotes: FootnoteCounter;
  /** What the last layout of this draft made (the preview's worker), or none. */
  cache?: LayoutCache | undefined;
}

interface State {
  out: PlanBlock[];
  marked: TextBlock | null;
  /** Whether the block carrying "./." keeps with what follows (the signature). */
  keepMarked: boolean;
}

function bodyPlacement(ctx: BodyContext, keepWithNext: boolean): ParagraphPlacement {
  const { body } = ctx;
  return { align: body.align, spaceBefore: body.spaceBefore, spaceAfter: 0, indentLeft: 0, indentFirstLine: body.firstLineIndent, keepWithNext };
}

function paragraph(ctx: BodyContext, role: ParagraphBlock['role'], runs: PlanInline[], hasEndMark: boolean, keep: boolean): ParagraphBlock {
  return { kind: 'paragraph', role, runs, font: ctx.body.font, lineSpacing: ctx.body.lineSpacing, hasEndMark, ...bodyPlacement(ctx, keep) };
}

/**
 * Adds a block; a table gets a gap from the block above so text never sits on its border. The
 * blocks are not changed but copied with the gap (a cache may hold them), the same copy for the
 * same block and gap, so the HTML made from it is kept too.
 */
function push(ctx: BodyContext, state: State, block: PlanBlock): void {
  if (block.kind === 'table' && !block.caption) {
    // (With a caption, the caption's own spacing separates the table from what is above.)
    const gap = Math.max(TABLE_GAP, ctx.body.spaceBefore);
    const last = state.out.length - 1;
    const above = state.out[last];
    if (above && above.kind !== 'table') {
      const spaceAfter = Math.max(above.spaceAfter, gap);
      if (spaceAfter !== above.spaceAfter) state.out[last] = cached(ctx.cache, 'space-after', above, String(spaceAfter), () => ({ ...above, spaceAfter }));
      block = cached(ctx.cache, 'gap', block, `${gap}`, () => ({ ...block, gapBefore: gap }));
    } else {
      // Two tables in a row would merge into one in Word; and nothing above carries the gap.
      block = cached(ctx.cache, 'own-gap', block, `${gap}`, () => ({ ...block, gapBefore: gap, gapIsOwn: true }));
    }
  }
  state.out.push(block);
}

/**
 * `plan()`'s block for the draft's `block`, kept for the same block with the same `key` and the
 * same first footnote number; the footnote count goes on as if it had been planned.
 */
function planned(ctx: BodyContext, block: Block | readonly Inline[], key: string, plan: () => PlanBlock | null): PlanBlock | null {
  const { footnotes } = ctx;
  const made = cached(ctx.cache, 'block', block, `${footnotes.next}|${ctx.textWidth}|${key}`, () => {
    const value = plan();
    return { value, next: footnotes.next };
  });
  footnotes.next = made.next;
  return made.value;
}

function planBlock(ctx: BodyContext, block: Block, lead: string, isMarked: boolean, keep: boolean): PlanBlock | null {
  if (block.type === 'table') return planTable(block, ctx.textWidth, ctx.sizes, ctx.footnotes);
  if (!lead && !hasVisibleContent(block.content)) return null; // an empty paragraph prints nothing
  const runs = planInlines(block.content, ctx.footnotes);
  if (block.type === 'bullet') {
    return { kind: 'bullet', marker: block.marker, runs: [planText(`${block.marker} `), ...runs], font: ctx.body.font, lineSpacing: ctx.body.lineSpacing, hasEndMark: isMarked, ...bodyPlacement(ctx, keep) };
  }
  return paragraph(ctx, lead ? 'point' : 'body', lead ? [planText(lead), ...runs] : runs, isMarked, keep);
}

function renderBlock(ctx: BodyContext, state: State, block: Block, lead = ''): void {
  const isMarked = block === state.marked;
  const keep = isMarked && state.keepMarked;
  const made = planned(ctx, block, `${lead}|${isMarked}|${keep}`, () => planBlock(ctx, block, lead, isMarked, keep));
  if (made) push(ctx, state, made);
}

const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

const LEVEL_OF: Record<HeadingKind, HeadingLevel> = { part: 'part', roman: 'muc', arabic: 'khoan', letter: 'diem' };

/** Whether a heading of `kind` prints its title in capitals (§7.1: Phần and Mục). */
export const titleInCaps = (kind: HeadingKind): boolean => LEVEL_OF[kind] === 'part' || LEVEL_OF[kind] === 'muc';

/** A numbered section with its plan level. */
interface HeadingNumber {
  section: Section;
  kind: HeadingKind;
  depth: number;
  level: HeadingLevel;
  number: string;
}

const withLevel = (item: NumberedSection): HeadingNumber => ({ section: item.section, kind: item.kind, depth: item.depth, level: LEVEL_OF[item.kind], number: item.label });

function heading(ctx: BodyContext, item: HeadingNumber, title: string): HeadingBlock {
  const caps = titleInCaps(item.kind);
  const part = item.level === 'part';
  // A Phần prints its number on one line and its title, centred and balanced, below it.
  const balance = (text: string): string[] => (part ? balancedTitleLines(text, ctx.sizes.body, 'bold', ctx.textWidth) : [text].filter(Boolean));
  const titleLines: CapsLines = caps ? capsLines(title, balance) : { lines: balance(title), typed: null };
  const numbered = (list: readonly string[]): string[] => (part ? [item.number, ...list].filter(Boolean) : [[item.number, ...list].filter(Boolean).join(' ')]);
  const placement = bodyPlacement(ctx, true);
  const flush = item.level === 'part' || !ctx.layout.indentHeadings;
  return {
    kind: 'heading',
    sectionId: item.section.id,
    level: item.level,
    depth: item.depth,
    number: item.number,
    title: caps ? toCaps(title) : title,
    lines: numbered(titleLines.lines),
    typed: titleLines.typed ? numbered(titleLines.typed) : null,
    font: font(ctx.sizes.body, item.level !== 'diem'),
    outlineLevel: item.level === 'diem' ? null : Math.min(item.depth, 8),
    ...placement,
    align: item.level === 'part' ? 'center' : placement.align,
    indentFirstLine: flush ? 0 : placement.indentFirstLine,
  };
}

function renderSection(ctx: BodyContext, state: State, item: HeadingNumber): void {
  const { section } = item;
  const title = oneLine(section.title);
  const [first, ...rest] = section.blocks;
  // An untitled khoản or điểm ("1. Quyết định này …", "a) Đối với …") starts its first paragraph.
  const inline = !title && (item.level === 'khoan' || item.level === 'diem') && first?.type === 'paragraph' && hasVisibleContent(first.content);
  if (inline && first) {
    renderBlock(ctx, state, first, item.number ? `${item.number} ` : '');
    for (const block of rest) renderBlock(ctx, state, block);
    return;
  }
  if (title || item.number) {
    const key = `${item.kind}|${item.depth}|${item.number}|${ctx.textWidth}`;
    push(ctx, state, cached(ctx.cache, 'heading', section, key, () => heading(ctx, item, title)));
  }
  for (const block of section.blocks) renderBlock(ctx, state, block);
}

function render(ctx: BodyContext, blocks: readonly Block[], sections: readonly Section[], draft: Pick<Draft, 'outlineStart' | 'partStyle'>, withMark: boolean, keepMarked: boolean): PlanBlock[] {
  const mark = (block: TextBlock): TextBlock => cached(ctx.cache, 'end-mark', block, '', () => ({ ...block, content: appendEndMark(block.content) }));
  const content = withMark ? markContentEnd(blocks, sections, mark) : { blocks: [...blocks], sections: [...sections], marked: null };
  const state: State = { out: [], marked: content.marked, keepMarked };
  for (const block of content.blocks) renderBlock(ctx, state, block);
  for (const item of numberSections(content.sections, draft.outlineStart, draft.partStyle)) renderSection(ctx, state, withLevel(item));
  if (withMark && content.marked === null) push(ctx, state, paragraph(ctx, 'end-mark', [planText(END_MARK)], true, keepMarked));
  return state.out;
}

/** The main content with the closing paragraph; the paragraph carrying "./." keeps with the signature. */
export function planMainContent(ctx: BodyContext, draft: Draft): PlanBlock[] {
  const closing: readonly Inline[] = draft.closing;
  if (!hasVisibleContent(closing)) return render(ctx, draft.opening, draft.sections, draft, true, true);
  const out = render(ctx, draft.opening, draft.sections, draft, false, false);
  const closingPlan = planned(ctx, closing, '', () => paragraph(ctx, 'closing', planInlines(appendEndMark(closing), ctx.footnotes), true, true));
  if (closingPlan) out.push(closingPlan);
  return out;
}

/** The content of an appendix, ending with "./." like the main text (Mẫu 2.1); no Phần level. */
export function planAppendixContent(ctx: BodyContext, blocks: readonly Block[], sections: readonly Section[], outlineStart: Draft['outlineStart']): PlanBlock[] {
  return render(ctx, blocks, sections, { outlineStart, partStyle: 'none' }, true, false);
}
