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
  /** "I.", "1.", "a)", or the override with its punctuation. */
  label: string;
}

/** The heading style of a depth, given where the outline starts; deeper levels stay at "a)". */
export function kindAtDepth(start: Draft['outlineStart'], depth: number): HeadingKind {
  const kinds = start === 'roman' ? KINDS_FROM_ROMAN : KINDS_FROM_ARABIC;
  return kinds[Math.min(depth, kinds.length - 1)] ?? 'letter';
}

function overrideLabel(kind: HeadingKind, override: string): string {
  const bare = override.trim().replace(/[.)]+$/, '');
  return kind === 'letter' ? `${bare})` : `${bare}.`;
}

/** Depth-first walk of the sections with the label each one prints. */
export function numberSections(sections: readonly Section[], start: Draft['outlineStart']): NumberedSection[] {
  const out: NumberedSection[] = [];
  const walk = (list: readonly Section[], depth: number): void => {
    const kind = kindAtDepth(start, depth);
    list.forEach((section, index) => {
      const label = section.numberOverride
        ? overrideLabel(kind, section.numberOverride)
        : headingLabel(kind, index + 1);
      out.push({ section, depth, kind, label });
      walk(section.children, depth + 1);
    });
  };
  walk(sections, 0);
  return out;
}
