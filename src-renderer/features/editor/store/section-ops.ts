/**
 * Immutable edits of a section tree addressed by section id, so focus and undo follow a section
 * wherever it moves. Every edit copies only the lists along the way (structural sharing) and
 * returns the very same tree when it cannot apply (no such id, no room to move, too deep).
 */
import type { Section } from '@shared/domain/draft-schema';
import { SECTION_DEPTH } from '@shared/domain/limits';

/** Index path of a section ([0, 2]: the third child of the first section). */
export type SectionPath = readonly number[];

/** Where a dragged section lands relative to the one it is dropped on. */
export type DropPlace = 'before' | 'after' | 'inside';

/** The index path of section `id`, or null. */
export function findSectionPath(sections: readonly Section[], id: string): number[] | null {
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i] as Section;
    if (section.id === id) return [i];
    const below = findSectionPath(section.children, id);
    if (below) return [i, ...below];
  }
  return null;
}

/** The section at `path`, or undefined. */
export function sectionAtPath(sections: readonly Section[], path: SectionPath): Section | undefined {
  let list = sections;
  let found: Section | undefined;
  for (const index of path) {
    found = list[index];
    if (!found) return undefined;
    list = found.children;
  }
  return found;
}

/** Levels a section and its descendants take (1 for a section without children). */
export function subtreeHeight(section: Section): number {
  let height = 0;
  for (const child of section.children) height = Math.max(height, subtreeHeight(child));
  return height + 1;
}

/** Whether a section of this height fits with its top at `depth` (0 = top level). */
export function fitsAt(section: Section, depth: number): boolean {
  return depth + subtreeHeight(section) <= SECTION_DEPTH.max;
}

/** Applies `edit` to the list holding the section at `path` (its siblings). */
function editSiblings(sections: readonly Section[], path: SectionPath, edit: (siblings: readonly Section[], index: number) => Section[]): Section[] {
  const [head, ...rest] = path;
  if (head === undefined) return [...sections];
  if (rest.length === 0) return edit(sections, head);
  return sections.map((section, i) => (i === head ? { ...section, children: editSiblings(section.children, rest, edit) } : section));
}

/** The tree with section `id` replaced by `update(section)`. */
export function updateSection(sections: Section[], id: string, update: (section: Section) => Section): Section[] {
  const path = findSectionPath(sections, id);
  if (!path) return sections;
  const current = sectionAtPath(sections, path) as Section;
  const next = update(current);
  if (next === current) return sections;
  return editSiblings(sections, path, (siblings, index) => siblings.map((s, i) => (i === index ? next : s)));
}

/** The tree with `section` inserted right after section `afterId` (at the end of the top level when null or not found). */
export function insertSectionAfter(sections: Section[], afterId: string | null, section: Section): Section[] {
  const path = afterId === null ? null : findSectionPath(sections, afterId);
  if (!path) return [...sections, section];
  return editSiblings(sections, path, (siblings, index) => [...siblings.slice(0, index + 1), section, ...siblings.slice(index + 1)]);
}

/** The tree with `child` appended under section `parentId`; unchanged when it would nest too deep. */
export function addChildSection(sections: Section[], parentId: string, child: Section): Section[] {
  const path = findSectionPath(sections, parentId);
  if (!path || !fitsAt(child, path.length)) return sections;
  return updateSection(sections, parentId, (parent) => ({ ...parent, children: [...parent.children, child] }));
}

/** The tree without section `id` (and its sub-sections). */
export function removeSection(sections: Section[], id: string): Section[] {
  const path = findSectionPath(sections, id);
  if (!path) return sections;
  return editSiblings(sections, path, (siblings, index) => siblings.filter((_, i) => i !== index));
}

/** The tree with section `id` moved `delta` places among its siblings; unchanged past either end. */
export function moveSectionBy(sections: Section[], id: string, delta: number): Section[] {
  const path = findSectionPath(sections, id);
  if (!path) return sections;
  const siblings = path.length === 1 ? sections : (sectionAtPath(sections, path.slice(0, -1)) as Section).children;
  const index = path.at(-1) as number;
  const target = index + delta;
  if (target < 0 || target >= siblings.length) return sections;
  return editSiblings(sections, path, (list) => {
    const copy = [...list];
    const [moved] = copy.splice(index, 1);
    copy.splice(target, 0, moved as Section);
    return copy;
  });
}

/** Section `id` one level down: it becomes the last child of the section before it. */
export function indentSection(sections: Section[], id: string): Section[] {
  const path = findSectionPath(sections, id);
  if (!path || (path.at(-1) as number) === 0) return sections;
  const previousPath = [...path.slice(0, -1), (path.at(-1) as number) - 1];
  const previous = sectionAtPath(sections, previousPath) as Section;
  return moveSectionTo(sections, id, previous.id, 'inside');
}

/** Section `id` one level up: it follows its parent, among the parent's siblings. */
export function outdentSection(sections: Section[], id: string): Section[] {
  const path = findSectionPath(sections, id);
  if (!path || path.length < 2) return sections;
  const parent = sectionAtPath(sections, path.slice(0, -1)) as Section;
  return moveSectionTo(sections, id, parent.id, 'after');
}

/**
 * Section `id` moved before or after section `targetId`, or inside it as its last child: what a
 * drag and drop does. Unchanged when the target is the section itself or inside it, or when the
 * result would nest deeper than the limit.
 */
export function moveSectionTo(sections: Section[], id: string, targetId: string, place: DropPlace): Section[] {
  if (id === targetId) return sections;
  const path = findSectionPath(sections, id);
  if (!path) return sections;
  const moving = sectionAtPath(sections, path) as Section;
  if (findSectionPath(moving.children, targetId)) return sections;
  const without = removeSection(sections, id);
  const targetPath = findSectionPath(without, targetId);
  if (!targetPath) return sections;
  const depth = place === 'inside' ? targetPath.length : targetPath.length - 1;
  if (!fitsAt(moving, depth)) return sections;
  if (place === 'inside') return updateSection(without, targetId, (target) => ({ ...target, children: [...target.children, moving] }));
  return editSiblings(without, targetPath, (siblings, index) => {
    const at = place === 'before' ? index : index + 1;
    return [...siblings.slice(0, at), moving, ...siblings.slice(at)];
  });
}

/** Whether the section at sibling `index` and `depth` can go one level down (the same rule as indentSection, without building the tree). */
export function canIndent(section: Section, index: number, depth: number): boolean {
  return index > 0 && fitsAt(section, depth + 1);
}
