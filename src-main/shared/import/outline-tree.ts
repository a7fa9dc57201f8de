/**
 * Body items into the model's outline: each kind of heading number takes a depth by its rank
 * among the kinds the report uses (Phần > I. > 1. > 1.1. > a)), so a report that opens with "1."
 * is an Arabic outline and one with parts gets a Phần level. A level the text skips is not
 * invented: the heading hangs under the nearest open one and keeps its number as typed. Numbers
 * the model would print anyway are not stored, so reordering renumbers; a number it would print
 * differently is kept (numberOverride), and a heading without one takes none (numbered: false).
 * The "Trên đây là …" paragraph(s) at the end become the closing; the "./." end mark is dropped,
 * since the export adds it (see dropEndMark for the full stop it stands for).
 */
import type { Block, Draft, Inline, Section } from '../domain/draft-schema';
import { numberSections, overrideLabel } from '../domain/outline';
import type { HeadingKind } from '../domain/numbering';
import { titleInCaps } from '../layout/body-plan';
import type { BodyItem } from './body-items';
import { rankOf } from './body-items';
import { isClosing, withoutEndMark, type Label } from './patterns';
import { squash } from './text';

export interface Outline {
  opening: Block[];
  sections: Section[];
  outlineStart: Draft['outlineStart'];
  partStyle: Draft['partStyle'];
  closing: Inline[];
  headings: number;
  points: number;
}

export interface OutlineOptions {
  /** Makes section ids unique across the draft ("s" for the body, "a1-" for the first appendix). */
  idPrefix: string;
  /** The body may have a Phần level; an appendix has none. */
  allowParts: boolean;
  /** An appendix numbers with the report's own outline start. */
  outlineStart?: Draft['outlineStart'];
}

/**
 * A sentence given back the full stop the end mark stands for ("… năm 2023./." ends the
 * sentence), unless it ends with other punctuation. The export folds it into "./." again.
 */
const withFullStop = (text: string): string => (/[.?!…;:,]$/u.test(text.trimEnd()) ? text : `${text.trimEnd()}.`);

/**
 * Takes a trailing "./." off the last text of inline content. The closing ("Trên đây là …") is
 * the draft's own carrier of the end mark and is kept as clerks write it there, without a full
 * stop; any other paragraph ends with "./." only because it came last, and gets its full stop
 * back (`fullStop`), so it still reads right once the clerk adds text after it.
 */
export function dropEndMark(content: Inline[], fullStop: boolean): Inline[] {
  const out = [...content];
  const stop = (text: string) => (fullStop ? withFullStop(text) : text);
  for (let i = out.length - 1; i >= 0; i--) {
    const run = out[i];
    if (run?.type !== 'text') continue;
    const text = withoutEndMark(run.text);
    if (text === run.text) return out;
    if (text.trim()) {
      out[i] = { ...run, text: stop(text) };
      return out;
    }
    // "./." in a run of its own (after a footnote mark): the full stop goes to the text before.
    out.splice(i, 1);
    const before = out.findLastIndex((r, k) => k < i && r.type === 'text' && r.text.trim() !== '');
    const previous = out[before];
    if (previous?.type === 'text') out[before] = { ...previous, text: stop(previous.text) };
    return out;
  }
  return out;
}

function closingOf(items: BodyItem[]): { items: BodyItem[]; closing: Inline[] } {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (!item) continue;
    if (item.kind === 'heading' || item.kind === 'point' || item.kind === 'table') break;
    if (item.kind === 'paragraph' && isClosing(item.text)) {
      const closing: Inline[] = [];
      for (const later of items.slice(i)) {
        if (later.kind !== 'paragraph' && later.kind !== 'bullet') continue;
        if (closing.length > 0) closing.push({ type: 'text', text: '\n' });
        closing.push(...later.content);
      }
      return { items: items.slice(0, i), closing: dropEndMark(closing, false) };
    }
  }
  return { items, closing: [] };
}

/** The end mark off the last text block of the content. */
function dropLastEndMark(items: BodyItem[]): void {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (!item) continue;
    if (item.kind === 'table') return;
    if (item.kind === 'heading') {
      if (item.first) item.first = dropEndMark(item.first, true);
      return;
    }
    item.content = dropEndMark(item.content, true);
    return;
  }
}

/** The numeral of a computed label ("Phần II" → "ii", "a)" → "a"). */
const numeralOfLabel = (label: string) => label.replace(/^phần\s+/iu, '').replace(/[.)]$/u, '').toLocaleLowerCase('vi');

/**
 * The number override that prints `typed` at a heading of `kind`: the bare numeral when the
 * layout adds the right punctuation itself ("3" prints "3."), else the numeral with its mark.
 */
function overrideFor(typed: Label, kind: HeadingKind): string {
  if (typed.kind === 'part') return typed.numeral;
  const punct = typed.typed.slice(typed.numeral.length).trim();
  const full = typed.kind === 'hier' ? `${typed.numeral}.` : `${typed.numeral}${punct === '.' || punct === ')' ? punct : typed.kind === 'letter' ? ')' : '.'}`;
  return overrideLabel(kind, typed.numeral) === overrideLabel(kind, full) ? typed.numeral : full;
}

/** Builds the outline of body items. */
export function buildOutline(source: readonly BodyItem[], options: OutlineOptions): Outline {
  const { idPrefix, allowParts } = options;
  // A closing paragraph that happens to be bold reads as a heading: it is text.
  const normalised: BodyItem[] = source.map((item) =>
    item.kind === 'heading' && item.label === null && isClosing(item.title) ? { kind: 'paragraph', content: [{ type: 'text', text: item.title }], text: item.title, para: item.para } : item,
  );
  const { items, closing } = closingOf(normalised);
  if (closing.length === 0) dropLastEndMark(items);

  const labelled = items.flatMap((item) => ((item.kind === 'heading' || item.kind === 'point') && item.label ? [item.label] : []));
  const hasParts = allowParts && labelled.some((l) => l.kind === 'part');
  const ranks = [...new Set(labelled.filter((l) => l.kind !== 'part' || !hasParts).map((l) => (l.kind === 'part' ? rankOf({ ...l, kind: 'roman' }) : rankOf(l))))].sort((a, b) => a - b);
  const depthOfLabel = (label: Label): number => {
    if (label.kind === 'part' && hasParts) return 0;
    const rank = label.kind === 'part' ? rankOf({ ...label, kind: 'roman' }) : rankOf(label);
    return ranks.indexOf(rank) + (hasParts ? 1 : 0);
  };
  const outlineStart: Draft['outlineStart'] = options.outlineStart ?? (labelled.some((l) => l.kind === 'roman') || labelled.length === 0 ? 'roman' : 'arabic');
  const partStyle: Draft['partStyle'] = !hasParts ? 'none' : labelled.some((l) => l.kind === 'part' && /^thứ/u.test(l.numeral)) ? 'words' : 'roman';

  const opening: Block[] = [];
  const sections: Section[] = [];
  const stack: Section[] = [];
  const typed = new Map<Section, Label | null>();
  const storedTitles = new Map<Section, string>();
  let count = 0;
  let headings = 0;
  let points = 0;
  const open = (title: string, depth: number, label: Label | null): Section => {
    const d = Math.max(0, Math.min(depth, stack.length));
    stack.length = d;
    const section: Section = { id: `${idPrefix}${++count}`, title, blocks: [], children: [] };
    (stack[d - 1]?.children ?? sections).push(section);
    stack.push(section);
    typed.set(section, label);
    return section;
  };
  const target = (): Block[] => stack[stack.length - 1]?.blocks ?? opening;

  for (const item of items) {
    switch (item.kind) {
      case 'heading': {
        headings++;
        let depth: number;
        if (item.label) depth = depthOfLabel(item.label);
        else {
          // A bold line without a number: at the level its outline gives, or under a heading that has nothing yet, or beside the last one.
          const last = stack[stack.length - 1];
          if (item.outline !== null) depth = item.outline;
          else if (last && last.blocks.length === 0 && last.children.length === 0) depth = stack.length;
          else depth = Math.max(0, stack.length - 1);
        }
        const section = open(item.title, depth, item.label);
        storedTitles.set(section, item.typedTitle);
        if (!item.label) section.numbered = false;
        if (item.first && item.first.length > 0) section.blocks.push({ type: 'paragraph', content: item.first });
        break;
      }
      case 'point': {
        points++;
        const section = open('', depthOfLabel(item.label), item.label);
        if (item.content.length > 0) section.blocks.push({ type: 'paragraph', content: item.content });
        break;
      }
      case 'paragraph':
        target().push({ type: 'paragraph', content: item.content });
        break;
      case 'bullet':
        target().push({ type: 'bullet', marker: item.marker, content: item.content });
        break;
      case 'table':
        target().push(item.block);
        break;
    }
  }

  for (const numbered of numberSections(sections, outlineStart, partStyle)) {
    // A level the layout prints in capitals keeps the title's letters as stored ("All caps" runs of an export).
    const stored = storedTitles.get(numbered.section);
    if (stored !== undefined && titleInCaps(numbered.kind)) numbered.section.title = stored;
    // Numbers: keep what the model would print differently, as typed.
    const label = typed.get(numbered.section);
    if (!label) continue;
    if (numeralOfLabel(numbered.label) !== label.numeral.toLocaleLowerCase('vi')) numbered.section.numberOverride = overrideFor(label, numbered.kind);
  }
  // Overrides change nothing in the count, so the computed labels above stay right.
  return { opening, sections, outlineStart, partStyle, closing, headings, points };
}

/** The titles and first words of the outline, for the report. */
export function outlineSummary(outline: Outline): string {
  const all = numberSections(outline.sections, outline.outlineStart, outline.partStyle);
  const titled = all.filter((n) => n.section.title);
  return titled
    .slice(0, 6)
    .map((n) => squash(`${n.label} ${n.section.title}`).slice(0, 60))
    .join('; ');
}
