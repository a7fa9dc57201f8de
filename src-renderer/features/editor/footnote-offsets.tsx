/**
 * Footnotes are numbered over the whole report in reading order (the opening, the sections depth
 * first, the closing, then the appendices), so each content field is told the number of its first
 * footnote. Computed once per change for the whole draft; fields re-render only when a number moves.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Block, Draft, Section } from '@shared/domain/draft-schema';
import { countFootnotes, countInlineFootnotes } from '@shared/domain/editor-doc';
import { sectionKey } from './sections/section-keys';
import { sameItems, useEditorSelector } from './store/context';

/**
 * Footnotes counted per list of blocks: the store's drafts share every list an edit left alone,
 * so a keystroke counts the footnotes of one list, not of the whole report.
 */
const counted = new WeakMap<readonly Block[], number>();
function footnotesIn(list: readonly Block[]): number {
  let n = counted.get(list);
  if (n === undefined) {
    n = countFootnotes(list);
    counted.set(list, n);
  }
  return n;
}

/** The number of the first footnote of each content field, by field key ("opening", "sections.0.blocks", "closing"). */
export function footnoteOffsets(draft: Draft): Map<string, number> {
  const out = new Map<string, number>();
  let next = 1;
  const blocks = (key: string, list: readonly Block[]) => {
    out.set(key, next);
    next += footnotesIn(list);
  };
  const sections = (listKey: string, list: readonly Section[], at: number[] = []) =>
    list.forEach((section, i) => {
      const path = [...at, i];
      blocks(`${sectionKey(listKey, path)}.blocks`, section.blocks);
      sections(listKey, section.children, path);
    });
  blocks('opening', draft.opening);
  sections('sections', draft.sections);
  out.set('closing', next);
  next += countInlineFootnotes(draft.closing);
  draft.appendices.forEach((appendix, a) => {
    blocks(`appendices.${a}.blocks`, appendix.blocks);
    sections(`appendices.${a}.sections`, appendix.sections);
  });
  return out;
}

const OffsetsContext = createContext<ReadonlyMap<string, number>>(new Map());

/** Provides the footnote numbers of the fields below. */
export function FootnoteOffsetsProvider({ children }: { children: ReactNode }) {
  const entries = useEditorSelector((state) => [...footnoteOffsets(state.draft)].map(([key, n]) => `${key}=${n}`), sameItems);
  const offsets = useMemo(() => new Map(entries.map((entry) => {
    const at = entry.lastIndexOf('=');
    return [entry.slice(0, at), Number(entry.slice(at + 1))] as const;
  })), [entries]);
  return <OffsetsContext.Provider value={offsets}>{children}</OffsetsContext.Provider>;
}

/** The number of the first footnote of the field at `key`. */
export function useFootnoteOffset(key: string): number {
  return useContext(OffsetsContext).get(key) ?? 1;
}
