/**
 * The page documents of the draft being edited, from the preview's worker (doc-source.ts): each
 * change of the draft is handed over once the keystroke's frame is painted (the worker lays a
 * keystroke out in a couple of milliseconds, so sent at once its answer and the patch of the
 * pages came while that frame was still being made; measured in the editor bench, p95 of
 * keystroke to paint 19–21 ms sent at once, 16 ms sent after the paint), and each new page
 * document goes to `show`.
 */
import { useEffect, useRef, useState } from 'react';
import { afterPaint } from '../../lib/after-paint';
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
    const feed = (source.current ??= docSource({ onDoc: (doc) => showRef.current(doc), onProblem: setProblem }));
    // A newer draft cancels the hand-over of this one (the feed only wants the latest).
    return afterPaint(() => feed.push(draft, layout));
  }, [draft, layout]);
  return problem;
}

