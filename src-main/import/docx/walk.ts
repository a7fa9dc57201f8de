/**
 * Walks the WordprocessingML of the body (and of footnotes, text boxes, headers) into the neutral
 * model: paragraphs with resolved run styles and their automatic number, tables with spans.
 * What a draft cannot hold is counted, not kept: pictures, shapes, comments, deleted revisions,
 * the generated table of contents. Text in a legacy font (.VnTime, VNI-Times) is converted to
 * Unicode run by run, the font saying which encoding it is in.
 */
import { convertLegacy } from '../../shared/domain/legacy-text';
import { toCaps } from '../../shared/layout/caps';
import type { DocBlock, DocCounts, DocInline, DocParagraph, RunStyle } from '../../shared/import/doc-model';
import { legacyEncodingOfFont, symbolChar } from './fonts';
import type { NumberingCounter } from './numbering';
import { readParaProps, readRunProps } from './properties';
import type { Styles } from './styles';
import { walkTable } from './walk-table';
import { child, descendants, elements, textOf, type XElement } from './xml-tree';

/** State shared by the walk of one document. */
export interface WalkContext {
  styles: Styles;
  numbering: NumberingCounter;
  /** Footnotes (and endnotes) by id, already walked. */
  notes: Map<string, DocParagraph[]>;
  counts: DocCounts;
  fonts: Record<string, number>;
  legacyFonts: Record<string, number>;
  section: number;
  /** Open complex fields: their instruction, and whether their result is being read. */
  fields: { instr: string; result: boolean }[];
  pageBreakPending: boolean;
}

const sameStyle = (a: RunStyle, b: RunStyle): boolean =>
  a.bold === b.bold && a.runBold === b.runBold && a.italic === b.italic && a.underline === b.underline && a.caps === b.caps && a.sizePt === b.sizePt && a.font === b.font && a.superscript === b.superscript;

/** Collects the inline content of one paragraph. */
class InlineSink {
  readonly inlines: DocInline[] = [];
  readonly floating: DocParagraph[][] = [];
  breakBefore = false;

  /** Adds text; a run in "All caps" prints `text` in capitals and keeps its letters as `typed`. */
  text(text: string, style: RunStyle, legacy: 'tcvn3' | 'vni' | null): void {
    if (!text) return;
    const shown = style.caps ? toCaps(text) : text;
    const last = this.inlines[this.inlines.length - 1];
    if (last?.kind === 'text' && last.legacy === legacy && sameStyle(last.style, style)) {
      last.text += shown;
      last.typed += text;
    } else this.inlines.push({ kind: 'text', text: shown, typed: text, style, legacy });
  }

  hasText(): boolean {
    return this.inlines.some((i) => i.kind === 'note' || i.text.trim() !== '');
  }
}

const inInstruction = (ctx: WalkContext): boolean => ctx.fields.some((f) => !f.result);
const inToc = (ctx: WalkContext): boolean => ctx.fields.some((f) => /^\s*TOC\b/iu.test(f.instr));

/** Text boxes, pictures and shapes of a w:drawing or w:pict: text boxes become floating paragraphs. */
function drawing(el: XElement, ctx: WalkContext, sink: InlineSink): void {
  if (el.name === 'mc:AlternateContent') {
    // Choice and Fallback hold the same object twice (DrawingML and VML): read one.
    const choice = child(el, 'mc:Choice') ?? child(el, 'mc:Fallback');
    if (choice) for (const inner of elements(choice)) drawing(inner, ctx, sink);
    return;
  }
  const boxes = descendants(el, 'w:txbxContent');
  if (boxes.length > 0) {
    for (const box of boxes) {
      ctx.counts.textBoxes++;
      const paragraphs: DocParagraph[] = [];
      const collect = (container: XElement): void => {
        for (const block of elements(container)) {
          if (block.name === 'w:p') {
            const p = walkParagraph(block, ctx, false);
            if (p) paragraphs.push(p);
          } else if (block.name === 'w:tbl') {
            for (const cell of descendants(block, 'w:tc')) collect(cell);
          } else if (block.name === 'w:sdt') {
            const content = child(block, 'w:sdtContent');
            if (content) collect(content);
          }
        }
      };
      collect(box);
      if (paragraphs.length > 0) sink.floating.push(paragraphs);
    }
    return;
  }
  const pictures = descendants(el, 'pic:pic').length + descendants(el, 'v:imagedata').length;
  if (pictures > 0) ctx.counts.images += pictures;
  else ctx.counts.shapes++;
}

function walkRun(run: XElement, paraStyleId: string | undefined, ctx: WalkContext, sink: InlineSink): void {
  const rPr = child(run, 'w:rPr');
  const { style, vanish } = ctx.styles.run(paraStyleId, child(rPr, 'w:rStyle')?.attrs['w:val'], readRunProps(rPr));
  const legacy = legacyEncodingOfFont(style.font);
  const emit = (text: string) => {
    if (vanish || inInstruction(ctx) || !text) return;
    let shown = text;
    if (legacy && (legacy.caps || /[\u0080-\u00ff]/u.test(text))) {
      shown = convertLegacy(text, legacy.encoding, { capsFont: legacy.caps ? true : 'auto' });
      const font = style.font ?? '';
      ctx.legacyFonts[font] = (ctx.legacyFonts[font] ?? 0) + 1;
    }
    if (shown.trim()) {
      const font = style.font ?? '';
      ctx.fonts[font] = (ctx.fonts[font] ?? 0) + shown.length;
    }
    sink.text(shown, legacy ? { ...style, font: 'Times New Roman' } : style, legacy ? legacy.encoding : null);
  };
  for (const item of elements(run)) {
    switch (item.name) {
      case 'w:t':
        emit(textOf(item));
        break;
      case 'w:tab':
      case 'w:ptab':
        emit('\t');
        break;
      case 'w:br': {
        const type = item.attrs['w:type'];
        if (type === 'page') {
          if (!sink.hasText()) sink.breakBefore = true;
          else ctx.pageBreakPending = true;
        } else if (type !== 'column') emit('\n');
        break;
      }
      case 'w:cr':
        emit('\n');
        break;
      case 'w:noBreakHyphen':
        emit('-');
        break;
      case 'w:sym':
        emit(symbolChar(item));
        break;
      case 'w:fldChar': {
        const type = item.attrs['w:fldCharType'];
        if (type === 'begin') ctx.fields.push({ instr: '', result: false });
        else if (type === 'separate') {
          const top = ctx.fields[ctx.fields.length - 1];
          if (top) top.result = true;
        } else if (type === 'end') ctx.fields.pop();
        break;
      }
      case 'w:instrText': {
        const top = ctx.fields[ctx.fields.length - 1];
        if (top && !top.result) top.instr += textOf(item);
        break;
      }
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        const paragraphs = ctx.notes.get(`${item.name === 'w:endnoteReference' ? 'e' : 'f'}${item.attrs['w:id'] ?? ''}`);
        if (paragraphs && !inInstruction(ctx)) sink.inlines.push({ kind: 'note', paragraphs });
        break;
      }
      case 'w:drawing':
      case 'w:pict':
      case 'mc:AlternateContent':
        drawing(item, ctx, sink);
        break;
      case 'w:object':
      case 'w:embeddedObject':
        ctx.counts.embedded++;
        break;
      case 'w:commentReference':
        ctx.counts.comments++;
        break;
      default:
        // w:rPr, w:lastRenderedPageBreak, w:softHyphen, w:footnoteRef, w:separator, w:delText …
        break;
    }
  }
}

/** Runs, links, insertions, content controls … of a paragraph or of a container inside it. */
function walkInlines(container: XElement, paraStyleId: string | undefined, ctx: WalkContext, sink: InlineSink): void {
  for (const item of elements(container)) {
    switch (item.name) {
      case 'w:r':
        walkRun(item, paraStyleId, ctx, sink);
        break;
      case 'w:hyperlink':
      case 'w:ins':
      case 'w:moveTo':
      case 'w:smartTag':
      case 'w:customXml':
      case 'w:bdo':
      case 'w:dir':
        walkInlines(item, paraStyleId, ctx, sink);
        break;
      case 'w:sdt': {
        const content = child(item, 'w:sdtContent');
        if (content) walkInlines(content, paraStyleId, ctx, sink);
        break;
      }
      case 'w:fldSimple': {
        const instr = item.attrs['w:instr'] ?? '';
        ctx.fields.push({ instr, result: true });
        walkInlines(item, paraStyleId, ctx, sink);
        ctx.fields.pop();
        break;
      }
      case 'w:del':
      case 'w:moveFrom':
        ctx.counts.revisions++;
        break;
      case 'm:oMathPara':
      case 'm:oMath': {
        const base = ctx.styles.run(paraStyleId, undefined, {}).style;
        for (const t of descendants(item, 'm:t')) sink.text(textOf(t), base, null);
        break;
      }
      case 'mc:AlternateContent':
        drawing(item, ctx, sink);
        break;
      default:
        break;
    }
  }
}

/** One paragraph, or null for a paragraph of a generated table of contents. */
export function walkParagraph(p: XElement, ctx: WalkContext, numbered = true): DocParagraph | null {
  const pPr = child(p, 'w:pPr');
  const styleId = child(pPr, 'w:pStyle')?.attrs['w:val'];
  const resolved = ctx.styles.paragraph(styleId, readParaProps(pPr));
  const tocBefore = inToc(ctx);
  const sink = new InlineSink();
  walkInlines(p, resolved.styleId, ctx, sink);
  if (tocBefore || inToc(ctx) || ctx.styles.isTocStyle(resolved.styleId)) {
    ctx.counts.tocParagraphs++;
    return null;
  }
  const numbering = numbered && resolved.numId !== undefined ? ctx.numbering.next(resolved.numId, resolved.ilvl ?? 0) : null;
  const pageBreakBefore = ctx.pageBreakPending || sink.breakBefore || readParaProps(pPr).pageBreakBefore === true;
  ctx.pageBreakPending = false;
  const markStyle = sink.hasText() ? null : ctx.styles.run(resolved.styleId, undefined, readRunProps(child(pPr, 'w:rPr'))).style;
  return { kind: 'paragraph', inlines: sink.inlines, props: resolved.props, numbering, pageBreakBefore, floating: sink.floating, markStyle, section: ctx.section };
}

/**
 * The blocks of a container (the body, a cell, a content control). Returns the w:sectPr met when
 * walking the body's own children, for the caller to close the section with.
 */
export function walkBlock(el: XElement, ctx: WalkContext, out: DocBlock[], depth: number): XElement | null {
  switch (el.name) {
    case 'w:p': {
      const p = walkParagraph(el, ctx);
      if (p) out.push(p);
      return child(child(el, 'w:pPr'), 'w:sectPr') ?? null;
    }
    case 'w:tbl':
      out.push(walkTable(el, ctx, depth));
      return null;
    case 'w:sdt':
    case 'w:customXml': {
      const content = el.name === 'w:sdt' ? child(el, 'w:sdtContent') : el;
      let last: XElement | null = null;
      if (content) for (const inner of elements(content)) last = walkBlock(inner, ctx, out, depth) ?? last;
      return last;
    }
    case 'w:altChunk':
      ctx.counts.embedded++;
      return null;
    case 'mc:AlternateContent': {
      const choice = child(el, 'mc:Choice') ?? child(el, 'mc:Fallback');
      let last: XElement | null = null;
      if (choice) for (const inner of elements(choice)) last = walkBlock(inner, ctx, out, depth) ?? last;
      return last;
    }
    default:
      return null;
  }
}

/** Walks every block of a container into `out`. */
export function walkBlocks(container: XElement, ctx: WalkContext, out: DocBlock[], depth: number): void {
  for (const el of elements(container)) walkBlock(el, ctx, out, depth);
}

/** The blocks of a header or footer, tables kept. */
export function walkStoryBlocks(container: XElement, ctx: WalkContext): DocBlock[] {
  const blocks: DocBlock[] = [];
  walkBlocks(container, ctx, blocks, 0);
  return blocks;
}

/** The paragraphs of a header, footer or note, with their own tables read cell by cell. */
export function walkStory(container: XElement, ctx: WalkContext): DocParagraph[] {
  const blocks: DocBlock[] = [];
  walkBlocks(container, ctx, blocks, 1);
  const out: DocParagraph[] = [];
  const flatten = (list: readonly DocBlock[]): void => {
    for (const b of list) {
      if (b.kind === 'paragraph') out.push(b);
      else for (const row of b.rows) for (const cell of row.cells) flatten(cell.blocks);
    }
  };
  flatten(blocks);
  return out;
}

/** Whether a header or footer prints a page number (a PAGE field, simple or complex). */
export function hasPageField(container: XElement): boolean {
  if (descendants(container, 'w:fldSimple').some((f) => /\bPAGE\b/u.test(f.attrs['w:instr'] ?? ''))) return true;
  return descendants(container, 'w:instrText').some((t) => /^\s*PAGE\b/u.test(textOf(t)));
}
