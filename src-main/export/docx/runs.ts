/** Plan text → docx runs: breaks and tabs made real, footnotes registered. */
import { AlignmentType, FootnoteReferenceRun, Paragraph, Tab, TextRun, UnderlineType, type IRunOptions, type ParagraphChild } from 'docx';
import { capsStretch, type FontStyle, type PlanInline } from '../../shared/layout';
import type { BuildContext } from './context';
import { halfPoints } from './units';

export interface RunStyle {
  sizePt: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  /** Hex RGB without "#"; black when not given (the document default). */
  color?: string;
  /** Word's "All caps" (w:caps): the text is the clerk's, shown in capitals. */
  caps?: boolean;
  /** The size the paragraph style already gives (the body size when not set); runs at it omit w:sz. */
  styleSizePt?: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The run style of a plan font. */
export function styleOf(font: FontStyle, extra: Partial<RunStyle> = {}): RunStyle {
  return { sizePt: font.sizePt, bold: font.bold, italics: font.italic, ...extra };
}

/** Runs of one string: "\n" becomes a line break (<w:br/>) and "\t" a tab (<w:tab/>); `breakFirst` breaks before it too. */
export function textRuns(ctx: BuildContext, text: string, style: RunStyle, breakFirst = false): TextRun[] {
  // Runs at their style's size leave w:sz out: it keeps 100-page exports lean.
  const size = style.sizePt !== (style.styleSizePt ?? ctx.plan.body.font.sizePt) ? halfPoints(style.sizePt) : undefined;
  // Options are filled in place rather than spread: this runs for every run of a long report.
  const lines = text.includes('\n') ? text.split('\n') : [text];
  return lines.map((line, index) => {
    const children: (string | Tab)[] = [];
    if (line.includes('\t')) {
      line.split('\t').forEach((part, i) => {
        if (i > 0) children.push(new Tab());
        if (part) children.push(part);
      });
    } else if (line) {
      children.push(line);
    }
    const options: Mutable<IRunOptions> = { children };
    if (index > 0 || breakFirst) options.break = 1;
    if (size !== undefined) options.size = size;
    if (style.bold) options.bold = true;
    if (style.italics) options.italics = true;
    if (style.underline) options.underline = { type: UnderlineType.SINGLE };
    if (style.color) options.color = style.color;
    if (style.caps) options.allCaps = true;
    return new TextRun(options);
  });
}

/**
 * Runs of printed lines joined by hard line breaks. With `typed` (the plan's TextLines.typed),
 * each line is written as the clerk typed it and the stretch the layout puts in capitals is set
 * in "All caps", so the file keeps the clerk's letters and still prints the plan's lines.
 */
export function lineRuns(ctx: BuildContext, lines: readonly string[], style: RunStyle, typed: readonly string[] | null = null): TextRun[] {
  if (!typed) return textRuns(ctx, lines.join('\n'), style);
  const pieces: { text: string; caps: boolean; breakBefore: boolean }[] = [];
  lines.forEach((printed, i) => {
    const own = typed[i] ?? printed;
    const stretch = capsStretch(own, printed);
    const parts = stretch
      ? [
          { text: own.slice(0, stretch[0]), caps: false },
          { text: own.slice(stretch[0], stretch[1]), caps: true },
          { text: own.slice(stretch[1]), caps: false },
        ]
      : [{ text: printed, caps: false }];
    let first = true;
    for (const part of parts) {
      if (!part.text) continue;
      // The break between lines goes at the head of the line's first run.
      pieces.push({ text: part.text, caps: part.caps, breakBefore: i > 0 && first });
      first = false;
    }
  });
  return pieces.flatMap((p) => textRuns(ctx, p.text, p.caps ? { ...style, caps: true } : style, p.breakBefore));
}

/** Runs of plan inlines; each footnote becomes a reference mark and a footnotes.xml entry. */
export function inlineRuns(ctx: BuildContext, content: readonly PlanInline[], style: RunStyle): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const run of content) {
    if (run.type === 'text') {
      // Plain text (the usual run) takes the paragraph's style as it is; no copy per run.
      const plain = (!run.bold || style.bold) && (!run.italic || style.italics) && (!run.underline || style.underline);
      const runStyle = plain
        ? style
        : { ...style, bold: style.bold || run.bold, italics: style.italics || run.italic, underline: style.underline || run.underline };
      out.push(...textRuns(ctx, run.text, runStyle));
    } else {
      const size = ctx.plan.body.footnoteSizePt;
      const body = new Paragraph({
        style: 'FootnoteText',
        alignment: AlignmentType.JUSTIFIED,
        children: inlineRuns(ctx, run.content, { sizePt: size, styleSizePt: size }),
      });
      out.push(new FootnoteReferenceRun(ctx.addFootnote(run.number, [body])));
    }
  }
  return out;
}
