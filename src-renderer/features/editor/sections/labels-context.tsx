/** The printed number of every section of one tree ("I.", "1.", "a)"), shared by its items. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Draft, Section } from '@shared/domain/draft-schema';
import { numberSections } from '@shared/domain/outline';
import { sameItems, useEditorSelector } from '../store/context';
import { valueAt } from '@shared/domain/checks/draft-edit';
import { parseFieldKey } from '../store/field-path';

const LabelsContext = createContext<ReadonlyMap<string, string>>(new Map());

/**
 * Numbers the tree at `listKey`; the items re-render only when a number changes (a move, an
 * insert, a style change), not on a keystroke in a title.
 */
export function SectionLabelsProvider({ listKey, withParts, children }: { listKey: string; withParts: boolean; children: ReactNode }) {
  const entries = useEditorSelector((state) => {
    const draft: Draft = state.draft;
    const list = (valueAt(draft, parseFieldKey(listKey)) as Section[] | undefined) ?? [];
    return numberSections(list, draft.outlineStart, withParts ? draft.partStyle : 'none').map((n) => `${n.section.id}\u0000${n.label}`);
  }, sameItems);
  const labels = useMemo(() => new Map(entries.map((entry) => entry.split('\u0000') as [string, string])), [entries]);
  return <LabelsContext.Provider value={labels}>{children}</LabelsContext.Provider>;
}

/** The printed number of section `id`. */
export function useSectionLabel(id: string): string {
  return useContext(LabelsContext).get(id) ?? '';
}
