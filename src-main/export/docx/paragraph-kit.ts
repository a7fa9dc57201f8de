/** Plan paragraphs → docx paragraphs: fixed text lines, rules and spacers. */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, type IParagraphOptions, type ParagraphChild } from 'docx';
import { TEXT_COLOR, type Align, type ParagraphPlacement, type RulePlan, type TextLines } from '../../shared/layout';
import type { BuildContext } from './context';
import { lineRuns, styleOf, type RunStyle } from './runs';
import { borderEighths } from './units';

/** Paragraph settings that cancel the body style: no indent, no spacing, single line. */
export const TIGHT = {
  indent: { firstLine: 0, left: 0, right: 0 },
  spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
} as const;

export const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, unknown>;

/** Indent of a placement: a negative first-line offset is a hanging indent. */
export function indentOf(p: Pick<ParagraphPlacement, 'indentLeft' | 'indentFirstLine'>): NonNullable<IParagraphOptions['indent']> {
  return p.indentFirstLine < 0
    ? { left: p.indentLeft, hanging: -p.indentFirstLine }
    : { left: p.indentLeft, right: 0, firstLine: p.indentFirstLine };
}

/** A paragraph placed as the plan says, with no style spacing of its own. */
export function placedParagraph(p: ParagraphPlacement, children: ParagraphChild[]): Paragraph {
  return new Paragraph({
    ...TIGHT,
    alignment: ALIGN[p.align],
    spacing: { ...TIGHT.spacing, before: p.spaceBefore, after: p.spaceAfter },
    indent: indentOf(p),
    ...(p.keepWithNext ? { keepNext: true } : {}),
    children,
  });
}

/** A fixed-text paragraph of the plan: its lines joined by hard breaks. */
export function textParagraph(ctx: BuildContext, text: TextLines, extra: Partial<RunStyle> = {}): Paragraph {
  return placedParagraph(text, lineRuns(ctx, text.lines, styleOf(text.font, extra), text.typed));
}

/**
 * A horizontal rule of the plan: an empty paragraph whose bottom border runs between the
 * indents that centre it in its container.
 */
export function ruleParagraph(rule: RulePlan): Paragraph {
  const side = Math.max(0, Math.floor((rule.containerWidth - rule.length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: 0, after: rule.spaceAfter, line: rule.gapAbove, lineRule: LineRuleType.EXACT },
    border: {
      bottom: { style: BorderStyle.SINGLE, size: borderEighths(rule.weightPt), color: TEXT_COLOR, space: 1 },
    },
    run: { size: 2 },
    children: [],
  });
}

/** An empty paragraph exactly `height` twips high; separates tables and ends table cells. */
export function spacerParagraph(height = 20): Paragraph {
  return new Paragraph({
    ...TIGHT,
    spacing: { before: 0, after: 0, line: Math.max(height, 20), lineRule: LineRuleType.EXACT },
    run: { size: 2 },
    children: [],
  });
}

/**
 * The paragraph a section must end with after its last table (it also carries the section
 * break). It takes no room, so a page the table fills never spills it onto an empty page: its
 * mark is hidden (Word lays out nothing) and its line is exactly 0 high (LibreOffice does not
 * hide a paragraph mark); the 1 pt font keeps it tiny for a reader that takes 0 as "auto".
 */
export function sectionEndParagraph(): Paragraph {
  return new Paragraph({
    ...TIGHT,
    spacing: { before: 0, after: 0, line: 0, lineRule: LineRuleType.EXACT },
    run: { size: 2, vanish: true },
    children: [],
  });
}
