/**
 * The page documents of the draft being edited, from the preview's worker (doc-source.ts): each
 * change of the draft is handed over at once, in the keystroke's own effect (a delta of what
 * changed: well under a millisecond; measured, deferring it to a later task or to an idle
 * callback only made the preview later), and each new page document goes to `show`.
 */
import { useEffect, useRef, useState } from 'react';
import type { Draft } from '@shared/domain/draft-schema';
import type { Layout } from '@shared/domain/settings-schema';
import type { PageDocument } from '@shared/layout/html';
import { docSource, type DocSource } from './doc-source';

/**
 * Hands `draft` to the preview's worker on every change, from the first render with a layout
 * (null: not yet; the worker starts then); returns what is wrong with the draft, if anything.
 */
export function usePageDocuments(draft: Draft, layout: Layout | null, show: (doc: PageDocument) => void): string | null {
  const [problem, setProblem] = useState<string | null>(null);
  const showRef = useRef(show);
  useEffect(() => {
    showRef.current = show;
  }, [show]);
  const source = useRef<DocSource | null>(null);
  useEffect(
    () => () => {
      source.current?.dispose();
      source.current = null;
    },
    [],
  );
  useEffect(() => {
    if (!layout) return;
    source.current ??= docSource({ onDoc: (doc) => showRef.current(doc), onProblem: setProblem });
    source.current.push(draft, layout);
  }, [draft, layout]);
  return problem;
}

