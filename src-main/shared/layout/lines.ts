/** Small constructors of plan pieces: fixed text lines and rules. */
import type { CapsLines } from './caps';
import { MIN_RULE, RULE_GAP } from './constants';
import type { FontStyle, ParagraphPlacement, RulePlan, TextLines } from './plan-types';

/** A font style; regular upright unless told. */
export function font(sizePt: number, bold = false, italic = false): FontStyle {
  return { sizePt, bold, italic };
}

const CENTRED: ParagraphPlacement = {
  align: 'center',
  spaceBefore: 0,
  spaceAfter: 0,
  indentLeft: 0,
  indentFirstLine: 0,
  keepWithNext: false,
};

/**
 * Lines of uniformly styled text, centred with no spacing unless `placement` says otherwise;
 * plain strings print as they are, `CapsLines` (caps.ts) carry the clerk's letters as well.
 */
export function textLines(lines: readonly string[] | CapsLines, style: FontStyle, placement: Partial<ParagraphPlacement> = {}): TextLines {
  if ('lines' in lines) return { ...CENTRED, ...placement, lines: [...lines.lines], typed: lines.typed, font: style };
  return { ...CENTRED, ...placement, lines: [...lines], typed: null, font: style };
}

/** A rule of `length` (at least MIN_RULE, at most the container) centred in `containerWidth`. */
export function rule(length: number, containerWidth: number, weightPt: number, spaceAfter = 0): RulePlan {
  return {
    length: Math.min(Math.max(Math.round(length), MIN_RULE), containerWidth),
    containerWidth,
    weightPt,
    gapAbove: RULE_GAP,
    spaceAfter,
  };
}
