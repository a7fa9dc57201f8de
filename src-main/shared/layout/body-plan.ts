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

/** Adds a block; a table gets a gap from the block above so text never sits on its border. */
function push(ctx: BodyContext, state: State, block: PlanBlock): void {
  if (block.kind === 'table') {
    const gap = Math.max(TABLE_GAP, ctx.body.spaceBefore);
    const above = state.out[state.out.length - 1];
    if (block.caption) {
      // The caption's own spacing separates the table from what is above.
    } else if (above && above.kind !== 'table') {
      above.spaceAfter = Math.max(above.spaceAfter, gap);
      block.gapBefore = gap;
    } else {
      // Two tables in a row would merge into one in Word; and nothing above carries the gap.
      block.gapBefore = gap;
      block.gapIsOwn = true;
    }
  }
  state.out.push(block);
}

function renderBlock(ctx: BodyContext, state: State, block: Block, lead = ''): void {
  if (block.type === 'table') {
    push(ctx, state, planTable(block, ctx.textWidth, ctx.sizes, ctx.footnotes));
    return;
  }
  if (!lead && !hasVisibleContent(block.content)) return; // an empty paragraph prints nothing
  const isMarked = block === state.marked;
  const keep = isMarked && state.keepMarked;
  const runs = planInlines(block.content, ctx.footnotes);
  if (block.type === 'bullet') {
    push(ctx, state, { kind: 'bullet', marker: block.marker, runs: [planText(`${block.marker} `), ...runs], font: ctx.body.font, lineSpacing: ctx.body.lineSpacing, hasEndMark: isMarked, ...bodyPlacement(ctx, keep) });
    return;
  }
  push(ctx, state, paragraph(ctx, lead ? 'point' : 'body', lead ? [planText(lead), ...runs] : runs, isMarked, keep));
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
  if (title || item.number) push(ctx, state, heading(ctx, item, title));
  for (const block of section.blocks) renderBlock(ctx, state, block);
}

function render(ctx: BodyContext, blocks: readonly Block[], sections: readonly Section[], draft: Pick<Draft, 'outlineStart' | 'partStyle'>, withMark: boolean, keepMarked: boolean): PlanBlock[] {
  const content = withMark ? markContentEnd(blocks, sections) : { blocks: [...blocks], sections: [...sections], marked: null };
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
  out.push(paragraph(ctx, 'closing', planInlines(appendEndMark(closing), ctx.footnotes), true, true));
  return out;
}

/** The content of an appendix, ending with "./." like the main text (Mẫu 2.1); no Phần level. */
export function planAppendixContent(ctx: BodyContext, blocks: readonly Block[], sections: readonly Section[], outlineStart: Draft['outlineStart']): PlanBlock[] {
  return render(ctx, blocks, sections, { outlineStart, partStyle: 'none' }, true, false);
}
