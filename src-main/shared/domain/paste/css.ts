/**
 * The little CSS the sanitiser reads to understand formatting: inline `style` attributes and
 * the class rules of the pasted `<style>` (Excel marks bold cells only there). Nothing of it is
 * kept; it only decides bold/italic/underline, hidden text, alignment and legacy fonts.
 */
import type { LegacyEncoding } from '../legacy-text';

/** Declarations by property name, lower case. */
export type Declarations = Map<string, string>;

/** The declarations of a `style` attribute or rule body; later ones win. */
export function parseDeclarations(style: string | null | undefined): Declarations {
  const out: Declarations = new Map();
  if (!style) return out;
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).replace(/!important/i, '').trim();
    if (name) out.set(name, value);
  }
  return out;
}

/** One class rule: `.xl65 {…}` or `td.xl65 {…}`. */
interface ClassRule {
  tag: string | null;
  declarations: Declarations;
}

/** Class rules by class name (lower case). */
export type ClassRules = Map<string, ClassRule[]>;

const SIMPLE_SELECTOR = /^([a-z][a-z0-9]*)?\.([\w-]+)$/i;

/** The rules of a style sheet whose selectors are a class, alone or after a tag; others are ignored. */
export function parseClassRules(css: string, into: ClassRules = new Map()): ClassRules {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--|-->/g, '');
  for (const match of text.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    const declarations = parseDeclarations(match[2]);
    for (const selector of (match[1] ?? '').split(',')) {
      const simple = SIMPLE_SELECTOR.exec(selector.trim());
      if (!simple?.[2]) continue;
      const key = simple[2].toLowerCase();
      const rules = into.get(key) ?? [];
      rules.push({ tag: simple[1]?.toUpperCase() ?? null, declarations });
      into.set(key, rules);
    }
  }
  return into;
}

/** The declarations that apply to an element: its class rules, then its own style. */
export function declarationsOf(tag: string, classAttr: string | null, style: string | null, rules: ClassRules): Declarations {
  const out: Declarations = new Map();
  if (classAttr && rules.size > 0) {
    for (const name of classAttr.split(/\s+/)) {
      for (const rule of rules.get(name.toLowerCase()) ?? []) {
        if (rule.tag === null || rule.tag === tag) for (const [k, v] of rule.declarations) out.set(k, v);
      }
    }
  }
  for (const [k, v] of parseDeclarations(style)) out.set(k, v);
  return out;
}

/** Bold, italic and underline as set (true), unset (false) or left as inherited (undefined). */
export interface FlagChanges {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** What the declarations say about bold, italic and underline. */
export function flagChanges(d: Declarations): FlagChanges {
  const out: FlagChanges = {};
  const weight = d.get('font-weight')?.toLowerCase();
  if (weight) {
    const numeric = Number.parseInt(weight, 10);
    if (weight === 'bold' || weight === 'bolder' || numeric >= 600) out.bold = true;
    else if (weight === 'normal' || weight === 'lighter' || (numeric > 0 && numeric < 600)) out.bold = false;
  }
  const style = d.get('font-style')?.toLowerCase();
  if (style) out.italic = style.startsWith('italic') || style.startsWith('oblique');
  const decoration = (d.get('text-decoration-line') ?? d.get('text-decoration'))?.toLowerCase();
  if (decoration) {
    if (decoration.includes('underline')) out.underline = true;
    else if (decoration.includes('none')) out.underline = false;
  }
  const msoUnderline = d.get('text-underline')?.toLowerCase();
  if (msoUnderline) out.underline = msoUnderline !== 'none';
  return out;
}

/** Whether the declarations hide the element (hidden text in Word, hidden parts of a page). */
export function isHidden(d: Declarations): boolean {
  return d.get('display')?.toLowerCase() === 'none' || d.get('mso-hide')?.toLowerCase() === 'all' || d.get('visibility')?.toLowerCase() === 'hidden';
}

/** A legacy Vietnamese font: text set in it is TCVN3 or VNI whatever it looks like. */
export interface LegacyFont {
  encoding: LegacyEncoding;
  /** TCVN3 capitals fonts (.VnTimeH, .VnArialH) hold only capitals. */
  capsFont: boolean;
}

/**
 * The legacy encoding a font family implies: the ABC fonts of TCVN3 are named ".Vn…"
 * (.VnTime, .VnArial, .VnTimeH), the VNI fonts "VNI-…" (VNI-Times, VNI-Helve).
 */
export function legacyFontOf(fontFamily: string | null | undefined): LegacyFont | null {
  if (!fontFamily) return null;
  const first = fontFamily.split(',')[0]?.trim().replace(/^["']|["']$/g, '') ?? '';
  if (/^\.vn/i.test(first)) return { encoding: 'tcvn3', capsFont: /h$/i.test(first) };
  if (/^vni[- ]/i.test(first)) return { encoding: 'vni', capsFont: false };
  return null;
}

const ALIGNS = ['left', 'center', 'right', 'justify'] as const;
export type Align = (typeof ALIGNS)[number];

/** A cell alignment from `text-align` or the `align` attribute. */
export function alignOf(d: Declarations, alignAttr: string | null): Align | undefined {
  const value = (d.get('text-align') ?? alignAttr ?? '').trim().toLowerCase();
  return (ALIGNS as readonly string[]).includes(value) ? (value as Align) : undefined;
}

// Percentages count as points: widths are relative, and a table gives them all in one unit.
const POINTS_PER: Record<string, number> = { pt: 1, px: 0.75, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12, '%': 1 };

/** A width in points from a `width` attribute (pixels) or declaration, or undefined. */
export function widthOf(d: Declarations, widthAttr: string | null): number | undefined {
  const css = d.get('width');
  const parse = (value: string, defaultUnit: string) => {
    const m = /^([\d.]+)\s*([a-z%]*)$/i.exec(value.trim());
    if (!m?.[1]) return undefined;
    const unit = (m[2] || defaultUnit).toLowerCase();
    const factor = POINTS_PER[unit];
    const n = Number.parseFloat(m[1]);
    return factor !== undefined && n > 0 ? n * factor : undefined;
  };
  return (css ? parse(css, 'px') : undefined) ?? (widthAttr ? parse(widthAttr, 'px') : undefined);
}
