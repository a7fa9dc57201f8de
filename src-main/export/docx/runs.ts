/** Inline content → docx runs: breaks and tabs made real, footnotes registered, text sanitised. */
import { AlignmentType, FootnoteReferenceRun, Paragraph, Tab, TextRun, UnderlineType, type ParagraphChild } from 'docx';
import type { Inline } from '../../shared/domain/draft-schema';
import type { BuildContext } from './context';
import { halfPoints } from './units';

export interface RunStyle {
  sizePt: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  /** Hex RGB without "#"; black when not given (the document default). */
  color?: string;
  /** Print in capitals (the text itself is upper-cased, so copy-paste gives capitals too). */
  caps?: boolean;
  /** The size the paragraph style already gives (the body size when not set); runs at it omit w:sz. */
  styleSizePt?: number;
}

/** Runs of one string: "\n" becomes a line break (<w:br/>) and "\t" a tab (<w:tab/>). */
export function textRuns(ctx: BuildContext, text: string, style: RunStyle): TextRun[] {
  let clean = ctx.clean(text);
  if (style.caps) clean = clean.toLocaleUpperCase('vi');
  return clean.split('\n').map((line, index) => {
    const parts = line.split('\t');
    const children: (string | Tab)[] = [];
    parts.forEach((part, i) => {
      if (i > 0) children.push(new Tab());
      if (part) children.push(part);
    });
    return new TextRun({
      children,
      ...(index > 0 ? { break: 1 } : {}),
      // Runs at their style's size leave w:sz out: it keeps 100-page exports lean.
      ...(style.sizePt !== (style.styleSizePt ?? ctx.sizes.body) ? { size: halfPoints(style.sizePt) } : {}),
      ...(style.bold ? { bold: true } : {}),
      ...(style.italics ? { italics: true } : {}),
      ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
      ...(style.color ? { color: style.color } : {}),
    });
  });
}

/** Runs of inline content; each footnote becomes a reference mark and a footnotes.xml entry. */
export function inlineRuns(ctx: BuildContext, content: readonly Inline[], style: RunStyle): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const run of content) {
    if (run.type === 'text') {
      out.push(
        ...textRuns(ctx, run.text, {
          ...style,
          bold: style.bold || run.bold === true,
          italics: style.italics || run.italic === true,
          underline: style.underline || run.underline === true,
        }),
      );
    } else {
      const body = new Paragraph({
        style: 'FootnoteText',
        alignment: AlignmentType.JUSTIFIED,
        children: inlineRuns(ctx, run.content, { sizePt: ctx.sizes.footnote, styleSizePt: ctx.sizes.footnote }),
      });
      out.push(new FootnoteReferenceRun(ctx.addFootnote([body])));
    }
  }
  return out;
}
