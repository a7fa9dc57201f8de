/**
 * Paragraph and run properties as WordprocessingML states them (w:pPr, w:rPr), read into partial
 * records that styles.ts layers: document defaults, then the style chain, then direct formatting.
 * Only what recognition and the original-file checks use is read.
 */
import { child, type XElement } from './xml-tree';

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  /** Half-points. */
  size?: number;
  font?: string;
  /** "minorHAnsi", "majorAscii" …: a theme font, resolved against theme1.xml. */
  themeFont?: string;
  vanish?: boolean;
  superscript?: boolean;
}

export interface ParaPropsPartial {
  align?: 'left' | 'center' | 'right' | 'justify';
  indentLeft?: number;
  indentRight?: number;
  firstLine?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  line?: { value: number; rule: 'auto' | 'exact' | 'atLeast' };
  keepNext?: boolean;
  outlineLevel?: number | null;
  borderBottom?: boolean;
  borderTop?: boolean;
  numId?: string;
  ilvl?: number;
  pageBreakBefore?: boolean;
}

/** A WordprocessingML on/off value: absent or "1"/"true"/"on" is on. */
export function onOff(element: XElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = element.attrs['w:val'];
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value.toLowerCase());
}

const int = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
};

const BOLD_FACE = /[\s,-](bold|semibold|black|heavy)\b/iu;
const ITALIC_FACE = /[\s,-](italic|oblique)\b/iu;

/** Reads a w:rPr. A face named "Times New Roman Bold" counts as bold (and the family is kept). */
export function readRunProps(rPr: XElement | undefined): RunProps {
  const out: RunProps = {};
  if (!rPr) return out;
  const set = <K extends keyof RunProps>(key: K, value: RunProps[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('bold', onOff(child(rPr, 'w:b')));
  set('italic', onOff(child(rPr, 'w:i')));
  set('caps', onOff(child(rPr, 'w:caps')));
  set('vanish', onOff(child(rPr, 'w:vanish')));
  const u = child(rPr, 'w:u');
  if (u) set('underline', (u.attrs['w:val'] ?? 'single') !== 'none');
  const size = int(child(rPr, 'w:sz')?.attrs['w:val']);
  if (size !== undefined && size > 0) out.size = size;
  const vert = child(rPr, 'w:vertAlign')?.attrs['w:val'];
  if (vert) out.superscript = vert === 'superscript';
  const fonts = child(rPr, 'w:rFonts');
  if (fonts) {
    const face = fonts.attrs['w:ascii'] ?? fonts.attrs['w:hAnsi'] ?? fonts.attrs['w:cs'] ?? fonts.attrs['w:eastAsia'];
    const theme = fonts.attrs['w:asciiTheme'] ?? fonts.attrs['w:hAnsiTheme'];
    if (face) {
      out.font = face;
      if (BOLD_FACE.test(face) && out.bold === undefined) out.bold = true;
      if (ITALIC_FACE.test(face) && out.italic === undefined) out.italic = true;
      delete out.themeFont;
    } else if (theme) out.themeFont = theme;
  }
  return out;
}

const ALIGN: Readonly<Record<string, ParaPropsPartial['align']>> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
  justify: 'justify',
  lowKashida: 'justify',
  mediumKashida: 'justify',
  highKashida: 'justify',
  thaiDistribute: 'justify',
};

const visibleBorder = (border: XElement | undefined): boolean =>
  border !== undefined && !['none', 'nil'].includes(border.attrs['w:val'] ?? 'none');

/** Reads a w:pPr (its w:rPr, the paragraph mark's, is not read here). */
export function readParaProps(pPr: XElement | undefined): ParaPropsPartial {
  const out: ParaPropsPartial = {};
  if (!pPr) return out;
  const align = ALIGN[child(pPr, 'w:jc')?.attrs['w:val'] ?? ''];
  if (align) out.align = align;
  const ind = child(pPr, 'w:ind');
  if (ind) {
    const left = int(ind.attrs['w:left'] ?? ind.attrs['w:start']);
    const right = int(ind.attrs['w:right'] ?? ind.attrs['w:end']);
    const hanging = int(ind.attrs['w:hanging']);
    const first = int(ind.attrs['w:firstLine']);
    if (left !== undefined) out.indentLeft = left;
    if (right !== undefined) out.indentRight = right;
    if (hanging !== undefined) out.firstLine = -hanging;
    else if (first !== undefined) out.firstLine = first;
  }
  const spacing = child(pPr, 'w:spacing');
  if (spacing) {
    const auto = (name: string) => onOff(child(spacing, name)) ?? ['1', 'true', 'on'].includes(spacing.attrs[`w:${name}`] ?? '');
    // HTML-made documents ask for "auto" spacing: Word then uses 14 pt (280 twips).
    const before = auto('beforeAutospacing') ? 280 : int(spacing.attrs['w:before']);
    const after = auto('afterAutospacing') ? 280 : int(spacing.attrs['w:after']);
    if (before !== undefined) out.spaceBefore = before;
    if (after !== undefined) out.spaceAfter = after;
    const line = int(spacing.attrs['w:line']);
    if (line !== undefined) {
      const rule = spacing.attrs['w:lineRule'];
      out.line = { value: line, rule: rule === 'exact' ? 'exact' : rule === 'atLeast' ? 'atLeast' : 'auto' };
    }
  }
  const keep = onOff(child(pPr, 'w:keepNext'));
  if (keep !== undefined) out.keepNext = keep;
  const breakBefore = onOff(child(pPr, 'w:pageBreakBefore'));
  if (breakBefore !== undefined) out.pageBreakBefore = breakBefore;
  const outline = int(child(pPr, 'w:outlineLvl')?.attrs['w:val']);
  if (outline !== undefined) out.outlineLevel = outline >= 9 ? null : outline;
  const borders = child(pPr, 'w:pBdr');
  if (borders) {
    out.borderBottom = visibleBorder(child(borders, 'w:bottom'));
    out.borderTop = visibleBorder(child(borders, 'w:top'));
  }
  const numPr = child(pPr, 'w:numPr');
  if (numPr) {
    const numId = child(numPr, 'w:numId')?.attrs['w:val'];
    const ilvl = int(child(numPr, 'w:ilvl')?.attrs['w:val']);
    if (numId !== undefined) out.numId = numId;
    if (ilvl !== undefined) out.ilvl = ilvl;
  }
  return out;
}

/** `over` laid on `base`: what `over` sets wins. */
export function layer<T extends object>(base: T, over: T): T {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  return out;
}
