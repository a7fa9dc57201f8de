/** Plain pieces of the page: fixed text lines, rules and framed marks, as HTML with plan classes. */
import type { FontStyle, FramePlan, ParagraphPlacement, RulePlan, TextLines } from '../plan-types';
import { escapeHtml } from './escape';
import { classes, pt, ptSize, type StyleRegistry } from './style-registry';

/**
 * Height of one single-spaced line as a multiple of the font size: ascender + descender + line
 * gap of Liberation Serif's hhea table ((1825 + 443 + 87) / 2048), the same in Times New Roman.
 * Word and LibreOffice space a "single" line by these metrics, so the page must too, or its
 * pages would break elsewhere than the DOCX's.
 */
export const SINGLE_LINE_EM = 2355 / 2048;

/**
 * The line pitch LibreOffice gives the DOCX, in twips: the single line rounded to whole twips,
 * times the spacing, rounded down (measured: 14 pt single 16.1 pt, 14 pt × 1.5 24.15 pt,
 * 13 pt × 1.2 17.9 pt). A page of forty lines drifts by a line without it.
 */
export function lineHeightTwips(sizePt: number, lineSpacing = 1): number {
  return Math.floor(Math.round(sizePt * 20 * SINGLE_LINE_EM) * lineSpacing + 1e-9);
}

/** Class of a font style at `lineSpacing` × single spacing. */
export function fontClass(styles: StyleRegistry, font: FontStyle, lineSpacing = 1): string {
  return styles.cls({
    'font-size': ptSize(font.sizePt),
    'font-weight': font.bold ? 700 : 400,
    'font-style': font.italic ? 'italic' : 'normal',
    'line-height': pt(lineHeightTwips(font.sizePt, lineSpacing)),
  });
}

/**
 * Class of a paragraph placement. Spacing is padding, not margin: Word and LibreOffice add the
 * space after one paragraph to the space before the next, where CSS margins would collapse.
 */
export function placementClass(styles: StyleRegistry, placement: ParagraphPlacement): string {
  return styles.cls({
    'text-align': placement.align,
    'padding-top': pt(placement.spaceBefore),
    'padding-bottom': pt(placement.spaceAfter),
    'padding-left': pt(placement.indentLeft),
    'text-indent': pt(placement.indentFirstLine),
  });
}

/** Static class for "keep with the next block" (break-after: avoid in page.css). */
export const KEEP_CLASS = 'bc-keep';

/** A paragraph of fixed lines joined by hard breaks. `extra` adds classes and attributes. */
export function textLinesHtml(styles: StyleRegistry, text: TextLines, extra: { cls?: string; attrs?: string } = {}): string {
  const cls = classes('bc-lines', extra.cls, fontClass(styles, text.font), placementClass(styles, text), text.keepWithNext && KEEP_CLASS);
  return `<p class="${cls}"${extra.attrs ?? ''}>${text.lines.map(escapeHtml).join('<br>')}</p>`;
}

/** A solid rule `length` long, `gapAbove` below the text above, centred in its container. */
export function ruleHtml(styles: StyleRegistry, rule: RulePlan, keep = false): string {
  const cls = styles.cls({
    width: pt(rule.length),
    height: pt(rule.gapAbove),
    'border-bottom': `${ptSize(rule.weightPt)} solid #000`,
    'margin-bottom': pt(rule.spaceAfter),
  });
  return `<div class="${classes('bc-rule', cls, keep && KEEP_CLASS)}"></div>`;
}

/** A framed single-line mark (KHẨN, MẬT, LƯU HÀNH NỘI BỘ, DỰ THẢO) in its plan size and colour. */
export function frameHtml(styles: StyleRegistry, frame: FramePlan): string {
  const cls = styles.cls({
    width: pt(frame.width),
    height: pt(frame.height),
    'padding-left': pt(frame.padding),
    'padding-right': pt(frame.padding),
    border: `${ptSize(frame.borderPt)} solid #${frame.color}`,
    color: `#${frame.color}`,
    'margin-top': pt(frame.spaceBefore),
    'margin-bottom': pt(frame.spaceAfter),
  });
  const font = fontClass(styles, frame.font);
  return `<div class="${classes('bc-frame', `bc-frame-${frame.kind}`, cls, font)}">${escapeHtml(frame.text)}</div>`;
}
