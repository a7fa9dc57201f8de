/** Small paragraph builders shared by the blocks: rules, spacers, plain centred lines. */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, type ParagraphChild } from 'docx';
import type { BuildContext } from './context';
import { borderEighths } from './units';

/** Height of the empty paragraph that carries a rule: the rule sits this far below the text above. */
const RULE_LINE_TWIPS = 80;

/** Minimum printed rule length, so a very short title still gets a visible rule (1 cm). */
export const MIN_RULE_TWIPS = 567;

/** Paragraph settings that cancel the body style: no indent, no spacing, single line. */
export const TIGHT = {
  indent: { firstLine: 0, left: 0, right: 0 },
  spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
} as const;

/**
 * A horizontal rule of `width` twips centred in a container `containerWidth` wide: an empty
 * paragraph whose bottom border runs between computed left and right indents (spec §4.2).
 */
export function ruleParagraph(ctx: BuildContext, width: number, containerWidth: number, spaceAfter = 0): Paragraph {
  const ruleWidth = Math.min(Math.max(Math.round(width), MIN_RULE_TWIPS), containerWidth);
  const side = Math.max(0, Math.floor((containerWidth - ruleWidth) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: 0, after: spaceAfter, line: RULE_LINE_TWIPS, lineRule: LineRuleType.EXACT },
    border: {
      bottom: { style: BorderStyle.SINGLE, size: borderEighths(ctx.layout.ruleWeightPt), color: '000000', space: 1 },
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

/** A centred paragraph with no indent or spacing (header, title, signature lines). */
export function centred(children: ParagraphChild[], spacing: { before?: number; after?: number } = {}, keepNext = false): Paragraph {
  return new Paragraph({
    ...TIGHT,
    alignment: AlignmentType.CENTER,
    spacing: { ...TIGHT.spacing, ...spacing },
    ...(keepNext ? { keepNext: true } : {}),
    children,
  });
}
