/**
 * Inline content of the model from the neutral model's runs: bold, italic and underline kept,
 * footnotes as real footnotes, leading tabs and spaces (a first-line indent made by hand) and
 * trailing spaces dropped, a typed heading number or bullet taken off the front. Text typed in
 * TCVN3 or VNI in a Unicode font (pasted legacy text) is detected on the whole paragraph and
 * converted.
 */
import type { Inline, TextRun } from '../domain/draft-schema';
import { convertLegacyText, detectLegacyEncoding, type LegacyEncoding } from '../domain/legacy-text';
import type { DocInline, DocParagraph } from './doc-model';
import { inlinesText, squash } from './text';

/** Counts what the conversion did, for the report. */
export interface InlineTally {
  /** Paragraphs whose text was converted from a legacy encoding typed in a Unicode font. */
  legacyParagraphs: number;
  footnotes: number;
}

const run = (text: string, bold: boolean, italic: boolean, underline: boolean): TextRun => {
  const out: TextRun = { type: 'text', text };
  if (bold) out.bold = true;
  if (italic) out.italic = true;
  if (underline) out.underline = true;
  return out;
};

const same = (a: TextRun, b: TextRun) => a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;

function pushText(out: Inline[], next: TextRun): void {
  const last = out[out.length - 1];
  if (last?.type === 'text' && same(last, next)) out[out.length - 1] = { ...last, text: last.text + next.text };
  else out.push(next);
}

/** The legacy encoding of a paragraph typed in a Unicode font, or null. */
export function pastedLegacy(inlines: readonly DocInline[]): LegacyEncoding | null {
  const plain = inlines.filter((i) => i.kind === 'text' && i.legacy === null).map((i) => (i.kind === 'text' ? i.text : '')).join('');
  const latin1 = plain.match(/[\u00a1-\u00ff]/gu)?.length ?? 0;
  if (latin1 === 0) return null;
  // Unicode Vietnamese is full of letters no legacy font produces (ư, ạ, ế …); legacy text has almost none.
  const beyond = plain.match(/[\u0100-\u1eff]/gu)?.length ?? 0;
  if (beyond > latin1 / 4) return null;
  return detectLegacyEncoding(plain).encoding;
}

/** How many characters at the start of `raw` make up what is left over once `rest` remains. */
export function prefixLength(raw: string, rest: string): number {
  const target = squash(rest).length;
  let k = 0;
  while (k < raw.length && k < 200 && squash(raw.slice(k)).length > target) k++;
  return k;
}

export interface InlineOptions {
  /** Characters of visible text to leave out at the start (a typed number and its space). */
  skip?: number;
  /**
   * Bold the paragraph's style gives is the layout's (a table's header rows print bold anyway):
   * keep only bold set on the run itself.
   */
  ownBoldOnly?: boolean;
}

function footnoteContent(paragraphs: readonly DocParagraph[], tally: InlineTally): TextRun[] {
  const out: Inline[] = [];
  paragraphs.forEach((p, i) => {
    if (i > 0) pushText(out, run('\n', false, false, false));
    for (const inline of convertInlines(p.inlines, tally)) if (inline.type === 'text') pushText(out, inline);
  });
  const runs = out.filter((i): i is TextRun => i.type === 'text');
  trimEdges(runs);
  return runs.length > 0 ? runs : [run('', false, false, false)];
}

function trimEdges(out: Inline[]): void {
  while (out[0]?.type === 'text' && out[0].text.replace(/^[\s\u00a0]+/u, '') === '') out.shift();
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, text: first.text.replace(/^[\s\u00a0]+/u, '') };
  while (out.length > 0) {
    const last = out[out.length - 1];
    if (last?.type !== 'text') break;
    const trimmed = last.text.replace(/[\s\u00a0]+$/u, '');
    if (trimmed === '') out.pop();
    else {
      out[out.length - 1] = { ...last, text: trimmed };
      break;
    }
  }
}

/** Model inlines of neutral runs (see the module comment). */
export function convertInlines(inlines: readonly DocInline[], tally: InlineTally, options: InlineOptions = {}): Inline[] {
  const legacy = pastedLegacy(inlines);
  if (legacy) tally.legacyParagraphs++;
  let skip = options.skip ?? 0;
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'note') {
      tally.footnotes++;
      out.push({ type: 'footnote', content: footnoteContent(inline.paragraphs, tally) });
      continue;
    }
    let text = inline.text;
    if (skip > 0) {
      const cut = Math.min(skip, text.length);
      text = text.slice(cut);
      skip -= cut;
    }
    if (!text) continue;
    if (legacy && inline.legacy === null) text = convertLegacyText(text, legacy);
    const style = inline.style;
    pushText(out, run(text, options.ownBoldOnly ? style.runBold : style.bold, style.italic, style.underline));
  }
  trimEdges(out);
  return out;
}

/** The plain text of a paragraph after `skip` characters, squashed. */
export function restText(p: DocParagraph, skip: number): string {
  return squash(inlinesText(p.inlines).slice(skip));
}
