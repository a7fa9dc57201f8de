/** Immutable edits of the section tree addressed by a path of indexes ([0, 2] = second level). */
import type { Section } from '@shared/domain/draft-schema';
import { newId } from '../../lib/ids';
import { insertAt, moveBy, removeAt } from '../../lib/list-ops';

export type SectionPath = readonly number[];

/** A new untitled section with no content. */
export function emptySection(): Section {
  return { id: newId(), title: '', blocks: [], children: [] };
}

/** "0", "0.1": the path as used in data-testid attributes. */
export function pathKey(path: SectionPath): string {
  return path.join('.');
}

/** Applies `edit` to the list that holds the section at `path` (the parent's children). */
function editParentList(
  sections: readonly Section[],
  path: SectionPath,
  edit: (siblings: readonly Section[], index: number) => Section[],
): Section[] {
  const [head, ...rest] = path;
  if (head === undefined) return [...sections];
  if (rest.length === 0) return edit(sections, head);
  return sections.map((section, i) =>
    i === head ? { ...section, children: editParentList(section.children, rest, edit) } : section,
  );
}

/** A tree with the section at `path` replaced by `update(section)`. */
export function updateSection(
  sections: readonly Section[],
  path: SectionPath,
  update: (section: Section) => Section,
): Section[] {
  return editParentList(sections, path, (siblings, index) =>
    siblings.map((section, i) => (i === index ? update(section) : section)),
  );
}

/** A tree without the section at `path`. */
export function removeSection(sections: readonly Section[], path: SectionPath): Section[] {
  return editParentList(sections, path, (siblings, index) => removeAt(siblings, index));
}

/** A tree with the section at `path` moved among its siblings. */
export function moveSection(sections: readonly Section[], path: SectionPath, delta: number): Section[] {
  return editParentList(sections, path, (siblings, index) => moveBy(siblings, index, delta));
}

/** A tree with `child` appended to the children of the section at `path`. */
export function addChild(sections: readonly Section[], path: SectionPath, child: Section): Section[] {
  return updateSection(sections, path, (section) => ({
    ...section,
    children: insertAt(section.children, section.children.length, child),
  }));
}
