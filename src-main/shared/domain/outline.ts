/** Turns the section tree into numbered headings; numbers follow the order of the tree. */
import type { Draft, Section } from './draft-schema';
import { headingLabel, type HeadingKind } from './numbering';

const KINDS_FROM_ROMAN: readonly HeadingKind[] = ['roman', 'arabic', 'letter'];
const KINDS_FROM_ARABIC: readonly HeadingKind[] = ['arabic', 'letter'];

export interface NumberedSection {
  section: Section;
  /** 0 for the top level. */
  depth: number;
  kind: HeadingKind;
  /** Its place in the count of its level (1, 2, …); null for a heading without a number. */
  number: number | null;
  /** "Phần I", "I.", "1.", "a)", the number as the clerk typed it, or "" for a heading without a number. */
  label: string;
}

/**
 * The heading style of a depth, given where the outline starts; deeper levels stay at "a)". With
 * a Phần level (partStyle other than 'none') the top level is Phần and Mục starts one level down.
 */
export function kindAtDepth(start: Draft['outlineStart'], depth: number, partStyle: Draft['partStyle'] = 'none'): HeadingKind {
  if (partStyle !== 'none') {
    if (depth === 0) return 'part';
    return kindAtDepth(start, depth - 1);
  }
  const kinds = start === 'roman' ? KINDS_FROM_ROMAN : KINDS_FROM_ARABIC;
  return kinds[Math.min(depth, kinds.length - 1)] ?? 'letter';
}

/**
 * The label of a number the clerk typed: kept as typed when it ends in "." or ")" ("1.1."),
 * otherwise given the punctuation of its level ("3" → "3.", "c" → "c)"); a Phần gets its word.
 */
export function overrideLabel(kind: HeadingKind, override: string): string {
  const typed = override.trim();
  if (kind === 'part') return /^phần(?:\s|$)/iu.test(typed) ? typed : `Phần ${typed}`;
  if (/[.)]$/u.test(typed)) return typed;
  return kind === 'letter' ? `${typed})` : `${typed}.`;
}

/**
 * Depth-first walk of the sections with the label each one prints. A section with
 * `numbered: false` prints no number and takes none, so its siblings number on as if it were not
 * there; one with a `numberOverride` prints that and keeps its place in the count.
 */
export function numberSections(
  sections: readonly Section[],
  start: Draft['outlineStart'],
  partStyle: Draft['partStyle'] = 'none',
): NumberedSection[] {
  const out: NumberedSection[] = [];
  const partNumbering = partStyle === 'words' ? 'words' : 'roman';
  const walk = (list: readonly Section[], depth: number): void => {
    const kind = kindAtDepth(start, depth, partStyle);
    let count = 0;
    for (const section of list) {
      const number = section.numbered === false ? null : ++count;
      let label = '';
      if (number !== null) {
        label = section.numberOverride?.trim()
          ? overrideLabel(kind, section.numberOverride)
          : headingLabel(kind, number, partNumbering);
      }
      out.push({ section, depth, kind, number, label });
      walk(section.children, depth + 1);
    }
  };
  walk(sections, 0);
  return out;
}
