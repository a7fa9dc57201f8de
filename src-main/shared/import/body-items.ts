/**
 * The body's blocks read one by one as what they are in a report: a heading (Phần, I., 1., 1.1.,
 * a), or a bold line without a number), an untitled khoản or điểm whose number leads its text, a
 * "-"/"+" item, a paragraph, a table (with its caption). Numbers come from the text as typed or
 * from Word's automatic numbering. A heading that shares its paragraph with text (a bold lead-in)
 * is split into the heading and a paragraph.
 */
import type { Inline, TableBlock } from '../domain/draft-schema';
import type { DocBlock, DocParagraph } from './doc-model';
import { convertInlines, prefixLength, type InlineTally } from './inlines';
import { bulletOf, isEndMarkOnly, labelOf, type Label } from './patterns';
import { convertTable, isSingleCell } from './tables';
import { isRuleOrBlank, paraText, paraTyped, squash, typedTail } from './text';

export type BodyItem =
  /** `title` as printed; `typedTitle` as stored (the letters of "All caps" runs in their own case). */
  | { kind: 'heading'; label: Label | null; auto: boolean; title: string; typedTitle: string; outline: number | null; first: Inline[] | null; para: DocParagraph }
  | { kind: 'point'; label: Label; auto: boolean; content: Inline[]; para: DocParagraph }
  | { kind: 'paragraph'; content: Inline[]; text: string; para: DocParagraph }
  | { kind: 'bullet'; marker: '-' | '+'; content: Inline[]; para: DocParagraph }
  | { kind: 'table'; block: TableBlock };

export interface ItemFacts {
  endMark: boolean;
  autoNumbered: number;
  mergedCells: number;
  captions: number;
  unplaced: string[];
  /** Paragraphs of running text (for the checks on spacing and indents). */
  textParagraphs: DocParagraph[];
}

/** Per character of a paragraph's visible text: whether it prints bold. */
function boldChars(p: DocParagraph): boolean[] {
  const out: boolean[] = [];
  for (const i of p.inlines) if (i.kind === 'text') for (let k = 0; k < i.text.length; k++) out.push(i.style.bold);
  return out;
}

const isLetter = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

function boldShareFrom(text: string, bold: readonly boolean[], from: number): number {
  let all = 0;
  let b = 0;
  for (let k = from; k < text.length; k++) {
    if (!isLetter(text[k] ?? '')) continue;
    all++;
    if (bold[k]) b++;
  }
  return all === 0 ? 0 : b / all;
}

/** End of the bold lead-in starting at `from`, when plain text with letters follows it; -1 when there is none. */
function boldLeadEnd(text: string, bold: readonly boolean[], from: number): number {
  let k = from;
  let letters = 0;
  while (k < text.length && (!isLetter(text[k] ?? '') || bold[k])) {
    if (isLetter(text[k] ?? '')) letters++;
    k++;
  }
  if (letters < 2 || k >= text.length) return -1;
  const restLetters = [...text.slice(k)].filter(isLetter).length;
  return restLetters >= 2 ? k : -1;
}

const endsSentence = (text: string) => /[.;,!?]$/u.test(text.trim());
const headingTitle = (text: string) => squash(text).replace(/[\s:.\-–—]+$/u, '');

/** The label of an automatically numbered paragraph, read like a typed one. */
function autoLabel(p: DocParagraph): Label | null {
  const n = p.numbering;
  if (!n || n.bullet || !n.label.trim()) return null;
  const label = labelOf(`${n.label.trim()} x`);
  return label ? { ...label, rest: '' } : null;
}

type FlatBlock = DocParagraph | { kind: 'table'; table: Extract<DocBlock, { kind: 'table' }> };

/** A one-cell table is a frame around content, not data: its blocks are read as if outside it. */
function unwrapBoxes(block: DocBlock, out: FlatBlock[]): void {
  if (block.kind === 'paragraph') out.push(block);
  else if (isSingleCell(block)) for (const inner of block.rows[0]?.cells[0]?.blocks ?? []) unwrapBoxes(inner, out);
  else out.push({ kind: 'table', table: block });
}

/** Reads `blocks` into body items. */
export function readBodyItems(blocks: readonly DocBlock[], tally: InlineTally): { items: BodyItem[]; facts: ItemFacts } {
  const facts: ItemFacts = { endMark: false, autoNumbered: 0, mergedCells: 0, captions: 0, unplaced: [], textParagraphs: [] };
  const items: BodyItem[] = [];
  const flat: FlatBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      flat.push(block);
      for (const box of block.floating) {
        const text = box.map(paraText).join(' ').trim();
        if (text) {
          flat.push(...box);
          facts.unplaced.push(`Chữ trong khung (text box) “${text.slice(0, 80)}” được đưa vào nội dung như đoạn văn thường.`);
        }
      }
    } else unwrapBoxes(block, flat);
  }

  for (let i = 0; i < flat.length; i++) {
    const block = flat[i];
    if (!block) continue;
    if (block.kind === 'table') {
      const outcome = convertTable(block.table, tally);
      facts.mergedCells += outcome.mergedCells;
      for (const cut of outcome.cut) facts.unplaced.push(`Bảng: ${cut}.`);
      if (outcome.nested > 0) facts.unplaced.push(`Bảng lồng trong một ô của bảng (${outcome.nested}) được đọc thành chữ của ô chứa nó.`);
      // A caption is the paragraph right above: "Bảng 1. …", or a bold centred line.
      const above = items[items.length - 1];
      if (above?.kind === 'paragraph' && !outcome.block.caption) {
        const text = squash(above.text);
        const p = above.para;
        const bold = boldShareFrom(paraText(p), boldChars(p), 0) >= 0.8;
        if (text.length <= 300 && (/^(bảng|biểu)\s*(số\s*)?[\dIVX]+/iu.test(text) || (p.props.align === 'center' && bold))) {
          items.pop();
          outcome.block.caption = text;
          facts.captions++;
        }
      }
      items.push({ kind: 'table', block: outcome.block });
      continue;
    }
    const p = block;
    const raw = paraText(p);
    const rawTyped = paraTyped(p);
    const text = squash(raw);
    const hasNote = p.inlines.some((x) => x.kind === 'note');
    if (isRuleOrBlank(text) && !hasNote) continue;
    if (isEndMarkOnly(text)) {
      facts.endMark = true;
      continue;
    }
    const bold = boldChars(p);
    const numbering = p.numbering;
    if (numbering?.bullet) {
      facts.autoNumbered++;
      const marker = numbering.label === '+' || (numbering.label !== '-' && numbering.level > 0) ? '+' : '-';
      items.push({ kind: 'bullet', marker, content: convertInlines(p.inlines, tally), para: p });
      facts.textParagraphs.push(p);
      continue;
    }
    const auto = autoLabel(p);
    const typed = auto ? null : labelOf(text);
    const label = auto ?? typed;
    if (auto) facts.autoNumbered++;
    if (label) {
      const skip = typed ? prefixLength(raw, typed.rest) : 0;
      const rest = typed ? typed.rest : text;
      const restBold = boldShareFrom(raw, bold, skip);
      const lead = boldLeadEnd(raw, bold, skip);
      const next = flat[i + 1];
      const nextText = next && next.kind !== 'table' ? squash(paraText(next)) : '';
      if (rest === '' && next && next.kind !== 'table' && nextText && !labelOf(nextText) && nextText.length <= 300 && !endsSentence(nextText)) {
        // "I." on its own line, its title on the next.
        const typedTitle = headingTitle(squash(paraTyped(next)));
        items.push({ kind: 'heading', label, auto: auto !== null, title: headingTitle(nextText), typedTitle, outline: p.props.outlineLevel, first: null, para: p });
        i++;
        continue;
      }
      // A bold lead-in is the heading, the plain text after it its first paragraph.
      const leadIn = (): BodyItem => ({
        kind: 'heading',
        label,
        auto: auto !== null,
        title: headingTitle(raw.slice(skip, lead)),
        typedTitle: headingTitle(rawTyped.slice(skip, lead)),
        outline: p.props.outlineLevel,
        first: convertInlines(p.inlines, tally, { skip: lead }),
        para: p,
      });
      const whole = (): BodyItem => ({ kind: 'heading', label, auto: auto !== null, title: squash(rest), typedTitle: typedTail(squash(rest), raw, rawTyped), outline: p.props.outlineLevel, first: null, para: p });
      if (label.kind === 'part' || label.kind === 'roman') {
        items.push(lead > 0 && restBold < 0.8 ? leadIn() : whole());
        continue;
      }
      if (lead > 0 && restBold < 0.8) {
        items.push(leadIn());
        continue;
      }
      const short = rest.length <= 200 && !endsSentence(rest);
      const titled = restBold >= 0.8 || p.props.outlineLevel !== null || (p.props.keepNext && short) || (short && rest.length <= 150 && hasContentBelow(flat, i, label));
      if (titled && rest !== '') {
        items.push(whole());
      } else {
        items.push({ kind: 'point', label, auto: auto !== null, content: convertInlines(p.inlines, tally, { skip }), para: p });
        facts.textParagraphs.push(p);
      }
      continue;
    }
    const bullet = bulletOf(raw);
    if (bullet) {
      items.push({ kind: 'bullet', marker: bullet.marker, content: convertInlines(p.inlines, tally, { skip: prefixLength(raw, bullet.rest) }), para: p });
      facts.textParagraphs.push(p);
      continue;
    }
    const wholeBold = boldShareFrom(raw, bold, 0) >= 0.9;
    const headingLike = text.length <= 200 && !endsSentence(text) && /\p{L}/u.test(text) && !hasNote;
    const beforeTable = flat[i + 1]?.kind === 'table' && (p.props.align === 'center' || /^(bảng|biểu)\s*(số\s*)?[\dIVX]+/iu.test(text));
    if (headingLike && !beforeTable && (wholeBold || p.props.outlineLevel !== null) && flat[i + 1] !== undefined) {
      items.push({ kind: 'heading', label: null, auto: false, title: text, typedTitle: squash(rawTyped), outline: p.props.outlineLevel, first: null, para: p });
      continue;
    }
    items.push({ kind: 'paragraph', content: convertInlines(p.inlines, tally), text: raw, para: p });
    facts.textParagraphs.push(p);
  }
  return { items, facts };
}

const RANK: Readonly<Record<Label['kind'], number>> = { part: 0, roman: 1, arabic: 2, hier: 3, letter: 9 };
const rankOf = (label: Label): number => RANK[label.kind] + (label.kind === 'hier' ? label.depth : 0);

/** Whether text (not a sibling or a higher heading) follows the labelled paragraph at `i`. */
function hasContentBelow(flat: readonly (DocParagraph | { kind: 'table' })[], i: number, label: Label): boolean {
  for (let k = i + 1; k < flat.length; k++) {
    const next = flat[k];
    if (!next) return false;
    if (next.kind === 'table') return true;
    const text = squash(paraText(next));
    if (isRuleOrBlank(text)) continue;
    const nextLabel = next.numbering && !next.numbering.bullet ? autoLabel(next) : labelOf(text);
    if (!nextLabel) return true;
    return rankOf(nextLabel) > rankOf(label);
  }
  return false;
}

export { rankOf };
