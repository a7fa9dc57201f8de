/** The section operations of one tree (the body or an appendix), as store edits whose focus follows the section. */
import { useMemo } from 'react';
import { updateAt, valueAt } from '@shared/domain/checks/draft-edit';
import type { Draft, Section } from '@shared/domain/draft-schema';
import { newId } from '../../../lib/ids';
import { useEditorStore } from '../store/context';
import { parseFieldKey } from '../store/field-path';
import { useDraftEdit, type EditOptions } from '../store/hooks';
import {
  addChildSection,
  findSectionPath,
  indentSection,
  insertSectionAfter,
  moveSectionBy,
  moveSectionTo,
  outdentSection,
  removeSection,
  sectionAtPath,
  updateSection,
  type DropPlace,
} from '../store/section-ops';
import { useUndoToast } from '../undo-toast';
import { sectionKey } from './section-keys';

/** A new untitled section with no content. */
export function emptySection(): Section {
  return { id: newId(), title: '', blocks: [], children: [] };
}

export interface SectionActions {
  /** A new section after `afterId` (at the end when null), its title focused. */
  addAfter(afterId: string | null): void;
  addChild(parentId: string): void;
  rename(id: string, title: string): void;
  setNumbering(id: string, patch: Partial<Pick<Section, 'numbered' | 'numberOverride'>>): void;
  remove(id: string): void;
  move(id: string, delta: number): void;
  indent(id: string): void;
  outdent(id: string): void;
  drop(id: string, targetId: string, place: DropPlace): void;
}

/** The operations on the section tree at `listKey` ("sections" or "appendices.0.sections"). */
export function useSectionActions(listKey: string): SectionActions {
  const store = useEditorStore();
  const edit = useDraftEdit();
  const showUndo = useUndoToast();
  return useMemo(() => {
    const path = parseFieldKey(listKey);
    const listOf = (draft: Draft): Section[] => (valueAt(draft, path) as Section[] | undefined) ?? [];
    /** The field key of section `id`'s title in `draft`, or null. */
    const titleKey = (draft: Draft, id: string | null): string | null => {
      const at = id === null ? null : findSectionPath(listOf(draft), id);
      return at ? `${sectionKey(listKey, at)}.title` : null;
    };
    const change = (fn: (list: Section[]) => Section[], options: EditOptions) =>
      edit((draft) => {
        const list = listOf(draft);
        const next = fn(list);
        return next === list ? draft : updateAt(draft, path, () => next);
      }, options);
    /** One undo step; the focus follows section `id` (undo brings it back to where it was). */
    const structural = (fn: (list: Section[]) => Section[], id: string) =>
      change(fn, { focus: titleKey(store.getState().draft, id), focusAfter: (draft) => titleKey(draft, id) });
    return {
      addAfter(afterId) {
        const section = emptySection();
        change((list) => insertSectionAfter(list, afterId, section), { focus: titleKey(store.getState().draft, afterId), focusAfter: (d) => titleKey(d, section.id) });
      },
      addChild(parentId) {
        const section = emptySection();
        change((list) => addChildSection(list, parentId, section), { focus: titleKey(store.getState().draft, parentId), focusAfter: (d) => titleKey(d, section.id) });
      },
      rename(id, title) {
        change((list) => updateSection(list, id, (s) => (s.title === title ? s : { ...s, title })), {
          group: `${listKey}#${id}.title`,
          focus: titleKey(store.getState().draft, id),
        });
      },
      setNumbering(id, patch) {
        const update = (s: Section): Section => {
          const merged: Section = { ...s, ...patch };
          if (merged.numbered !== false) delete merged.numbered;
          if (!merged.numberOverride?.trim()) delete merged.numberOverride;
          return merged;
        };
        change((list) => updateSection(list, id, update), 'numberOverride' in patch ? { group: `${listKey}#${id}.number` } : {});
      },
      remove(id) {
        const draft = store.getState().draft;
        const list = listOf(draft);
        const at = findSectionPath(list, id);
        const removed = at ? sectionAtPath(list, at) : undefined;
        if (!at || !removed) return;
        const index = at.at(-1) as number;
        const parent = at.length > 1 ? sectionAtPath(list, at.slice(0, -1)) : undefined;
        const siblings = parent ? parent.children : list;
        // The focus goes to the section before, else the one after, else the parent.
        const next = (siblings[index - 1] ?? siblings[index + 1] ?? parent)?.id ?? null;
        change((l) => removeSection(l, id), { focus: titleKey(draft, id), focusAfter: (d) => titleKey(d, next) });
        const name = removed.title.trim() ? `mục “${removed.title.trim().slice(0, 60)}”` : 'một mục chưa có tiêu đề';
        showUndo(`Đã xóa ${name}${removed.children.length > 0 ? ' cùng các mục con' : ''}.`);
      },
      move: (id, delta) => structural((list) => moveSectionBy(list, id, delta), id),
      indent: (id) => structural((list) => indentSection(list, id), id),
      outdent: (id) => structural((list) => outdentSection(list, id), id),
      drop: (id, targetId, place) => structural((list) => moveSectionTo(list, id, targetId, place), id),
    };
  }, [edit, listKey, showUndo, store]);
}
