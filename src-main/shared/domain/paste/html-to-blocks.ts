/**
 * Pasted HTML to blocks: paragraphs, "-"/"+" items (HTML lists by nesting level, Word's list
 * paragraphs), bold/italic/underline (tags, inline styles, class rules), tables and footnotes
 * (Word's, and the editor's own) are kept; everything else goes: styles, fonts, colours,
 * images, scripts, frames, forms, comments, hidden text. Links become their text.
 */
import type { Block, TextRun } from '../draft-schema';
import { footnoteRunsOf } from '../editor-doc/inline-doc';
import { joinInlines } from '../editor-doc/normalize';
import type { LegacyEncoding } from '../legacy-text';
import { BlockBuilder, type Converter, type Flags, type PasteSeen } from './block-builder';
import { declarationsOf, flagChanges, isHidden, legacyFontOf, parseClassRules, type ClassRules, type Declarations } from './css';
import { attrOf, elementsByTag, tagOf, TEXT_NODE, textUnder, visibleChildren, type DomLikeNode } from './dom-like';
import { OWN_MARKUP } from './own-markup';
import { readTable } from './table';
import { MAX_WALK_DEPTH, type ListFrame, type WalkContext, type WalkEnv } from './walk-context';
import { isWordAside, isWordListLabel, isWordNote, listShape, noteReference, wordListLevel } from './word';

/** Elements whose content is never text of the report. */
const DROPPED = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'SVG', 'MATH',
  'CANVAS', 'AUDIO', 'VIDEO', 'PICTURE', 'IMG', 'IMAGE', 'MAP', 'AREA', 'SOURCE', 'TRACK', 'INPUT', 'TEXTAREA', 'SELECT',
  'BUTTON', 'OPTION', 'DATALIST', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE', 'XML', 'PARAM', 'RP', 'RT',
]);

/** Elements that lay out as blocks: each starts and ends a paragraph. */
const BLOCKS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'ADDRESS', 'ARTICLE', 'ASIDE', 'SECTION', 'HEADER',
  'FOOTER', 'MAIN', 'NAV', 'FIGURE', 'FIGCAPTION', 'CENTER', 'DL', 'DT', 'DD', 'FORM', 'FIELDSET', 'LEGEND', 'DETAILS',
  'SUMMARY', 'CAPTION', 'HGROUP', 'LISTING', 'PLAINTEXT', 'XMP', 'BODY', 'HTML', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT',
]);

const TAG_FLAGS: Record<string, keyof Flags> = { B: 'bold', STRONG: 'bold', I: 'italic', EM: 'italic', U: 'underline', INS: 'underline' };

function letters(n: number, upper: boolean): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return upper ? out.toUpperCase() : out;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [value, digits] of table) for (; rest >= value; rest -= value) out += digits;
  return out;
}

/** The label of an ordered list's item, the way a Vietnamese report writes it: "1.", "a)", "II.". */
function orderedLabel(frame: ListFrame, n: number): string {
  if (n < 1) return `${n}.`;
  switch (frame.style) {
    case 'a':
      return `${letters(n, false)})`;
    case 'A':
      return `${letters(n, true)}.`;
    case 'i':
      return `${roman(n)}.`;
    case 'I':
      return `${roman(n).toUpperCase()}.`;
    default:
      return `${n}.`;
  }
}

function declarations(node: DomLikeNode, env: WalkEnv): Declarations {
  return declarationsOf(tagOf(node), attrOf(node, 'class'), attrOf(node, 'style'), env.rules);
}

/** Walks the children of `node` into `builder`, Word's hidden fallbacks left out (list labels read). */
function walkChildren(node: DomLikeNode, ctx: WalkContext, builder: BlockBuilder, env: WalkEnv): void {
  const children = visibleChildren(node, (hidden) => {
    if (/^supportLists$/i.test(hidden.condition)) ctx.onLabel?.(hidden.nodes.map(textUnder).join(''));
  });
  for (const child of children) walk(child, ctx, builder, env);
}

function listItem(node: DomLikeNode, ctx: WalkContext, builder: BlockBuilder, env: WalkEnv): void {
  const frame = ctx.lists[ctx.lists.length - 1] ?? { ordered: false, style: '', next: 1 };
  const value = Number.parseInt(attrOf(node, 'value') ?? '', 10);
  if (Number.isFinite(value)) frame.next = value;
  if (frame.ordered) builder.startBlock('paragraph', '-', `${orderedLabel(frame, frame.next)} `);
  else builder.startBlock('bullet', ctx.lists.length > 1 ? '+' : '-');
  frame.next++;
  walkChildren(node, ctx, builder, env);
  builder.endBlock();
}

function walk(node: DomLikeNode, ctx: WalkContext, builder: BlockBuilder, env: WalkEnv): void {
  if (node.nodeType === TEXT_NODE) {
    builder.text(node.nodeValue ?? '', ctx.flags, ctx.font, ctx.pre);
    return;
  }
  const tag = tagOf(node);
  if (!tag || DROPPED.has(tag) || tag.startsWith('V:') || ctx.depth > MAX_WALK_DEPTH) return;
  const d = declarations(node, env);
  if (isHidden(d) || isWordAside(d)) return;
  if (isWordListLabel(d)) {
    ctx.onLabel?.(textUnder(node));
    return;
  }
  const reference = noteReference(d);
  if (reference !== null && tag === 'A') {
    builder.footnote(env.notes.get(reference) ?? [], ctx.flags);
    return;
  }
  const own = attrOf(node, OWN_MARKUP.footnoteAttr);
  if (own !== null) {
    builder.footnote(footnoteRunsOf(parseJson(own)), ctx.flags);
    return;
  }

  const flags: Flags = { ...ctx.flags };
  const tagFlag = TAG_FLAGS[tag];
  if (tagFlag) flags[tagFlag] = true;
  Object.assign(flags, flagChanges(d));
  const face = d.get('font-family') ?? (tag === 'FONT' ? attrOf(node, 'face') : null);
  const font = face ? legacyFontOf(face) : ctx.font;
  const inner: WalkContext = { ...ctx, flags, font, depth: ctx.depth + 1 };

  switch (tag) {
    case 'BR':
      builder.lineBreak(flags);
      return;
    case 'HR':
      builder.endBlock();
      return;
    case 'TABLE': {
      const table = readTable(node, inner, env, (n, c, b) => walkChildren(n, c, b, env));
      if (table) builder.table(table);
      return;
    }
    case 'UL':
    case 'OL': {
      builder.endBlock();
      const start = Number.parseInt(attrOf(node, 'start') ?? '', 10);
      const frame: ListFrame = { ordered: tag === 'OL', style: attrOf(node, 'type') ?? '1', next: Number.isFinite(start) ? start : 1 };
      walkChildren(node, { ...inner, lists: [...ctx.lists, frame] }, builder, env);
      builder.endBlock();
      return;
    }
    case 'LI':
      listItem(node, ctx.lists.length > 0 ? inner : { ...inner, lists: [{ ordered: false, style: '', next: 1 }] }, builder, env);
      return;
  }

  if (!BLOCKS.has(tag)) {
    walkChildren(node, inner, builder, env);
    return;
  }
  const level = wordListLevel(d);
  const classes = ` ${attrOf(node, 'class') ?? ''} `;
  if (classes.includes(` ${OWN_MARKUP.bulletClass} `)) {
    builder.startBlock('bullet', attrOf(node, OWN_MARKUP.markerAttr) === '+' ? '+' : '-');
  } else if (level > 0) {
    // Word writes its list label inside the paragraph; until it arrives, the level decides.
    builder.startBlock('bullet', level > 1 ? '+' : '-');
    inner.onLabel = (label) => {
      const shape = listShape(label, level);
      builder.reshapeNext(shape.kind, shape.marker, shape.prefix);
    };
  } else {
    builder.startBlock('paragraph');
  }
  walkChildren(node, { ...inner, pre: inner.pre || tag === 'PRE' || /^pre/i.test(d.get('white-space') ?? '') }, builder, env);
  builder.endBlock();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Word's footnotes and endnotes by id, their text as runs (the link back to the reference left out). */
function readNotes(root: DomLikeNode, env: WalkEnv, ctx: WalkContext): Map<string, TextRun[]> {
  const notes = new Map<string, TextRun[]>();
  const stack: DomLikeNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) continue;
    const id = attrOf(node, 'id');
    if (id && isWordNote(declarations(node, env))) {
      const builder = new BlockBuilder(env.convert, env.seen);
      // The note's own mark (<a style='mso-footnote-id:…'>[1]</a>) must not become a footnote in it.
      const noteEnv: WalkEnv = { ...env, notes: new Map() };
      walkChildren(node, ctx, builder, noteEnv);
      const blocks = builder.finish();
      const content = joinInlines(blocks.flatMap((b) => (b.type === 'table' ? [] : [b.content])));
      notes.set(id.toLowerCase(), content.filter((run): run is TextRun => run.type === 'text'));
      continue;
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i];
      if (child) stack.push(child);
    }
  }
  return notes;
}

/** What reading pasted HTML gives, before any legacy conversion decision. */
export interface HtmlReading {
  blocks: Block[];
  /** Every text seen, for telling legacy encodings. */
  text: string;
  /** The legacy encoding of the first text set in a TCVN3 or VNI font, if any. */
  legacyFont: LegacyEncoding | null;
}

/** The blocks of a parsed HTML document or fragment, text passed through `convert`. */
export function htmlToBlocks(root: DomLikeNode, convert: Converter = (text) => text): HtmlReading {
  const rules: ClassRules = new Map();
  for (const style of elementsByTag(root, 'STYLE')) parseClassRules(textUnder(style), rules);
  const seen: PasteSeen = { text: '', legacyFont: null };
  const env: WalkEnv = { rules, notes: new Map(), convert, seen };
  const ctx: WalkContext = { flags: { bold: false, italic: false, underline: false }, font: null, pre: false, lists: [], onLabel: null, depth: 0 };
  env.notes = readNotes(root, env, ctx);
  const builder = new BlockBuilder(convert, seen);
  // A document or fragment is no element: its children are the content.
  if (tagOf(root) || root.nodeType === TEXT_NODE) walk(root, ctx, builder, env);
  else walkChildren(root, ctx, builder, env);
  return { blocks: builder.finish(), text: seen.text, legacyFont: seen.legacyFont };
}
