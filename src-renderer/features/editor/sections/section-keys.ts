/** Field keys of sections: "sections.0.children.1" for the section at [0, 1] of the list "sections". */
import type { SectionPath } from '../store/section-ops';

/** The field key of the section at `path` in the list at `listKey`. */
export function sectionKey(listKey: string, path: SectionPath): string {
  return `${listKey}.${path.join('.children.')}`;
}

/** "0.1": the path as test ids carry it. */
export function pathTestKey(path: SectionPath): string {
  return path.join('.');
}

/** [0, 1] from "0.1". */
export function parseTestKey(key: string): number[] {
  return key.split('.').map(Number);
}
