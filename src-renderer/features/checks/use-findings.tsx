/**
 * The NĐ30 findings of the draft being edited, shared by the rail's marks and the checks panel.
 * They are recomputed a moment after typing stops, in a worker when possible: checking a long
 * report takes longer than a frame, and must never hold up a keystroke.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { checkDraft, findingsSummary, type FindingsSummary } from '@shared/domain/checks';
import type { Draft } from '@shared/domain/draft-schema';
import { useEditorStore } from '../editor/store/context';
import { workerChecker, type Checker, type FoundProblem } from './checker';

/** How long the draft must stay unchanged before it is checked again. */
export const CHECK_DELAY_MS = 400;

export interface Findings {
  findings: readonly FoundProblem[];
  summary: FindingsSummary;
  /** False until the first check of the draft answered. */
  ready: boolean;
}

const FindingsContext = createContext<Findings | null>(null);

const NOT_YET: Findings = { findings: [], summary: findingsSummary([]), ready: false };

/** Checks the store's draft after each pause in editing and provides the findings below. */
export function FindingsProvider({ children, checker: given }: { children: ReactNode; checker?: Checker }) {
  const store = useEditorStore();
  const [state, setState] = useState<Findings>(NOT_YET);
  useEffect(() => {
    const checker = given ?? workerChecker();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let latest = 0;
    let alive = true;
    const run = (draft: Draft) => {
      const seq = ++latest;
      void checker.check(draft).then(({ problems, summary }) => {
        // An answer about an older draft is dropped: a newer check is on its way.
        if (alive && seq === latest) setState({ findings: problems, summary, ready: true });
      });
    };
    let last = store.getState().draft;
    run(last);
    const unsubscribe = store.subscribe(() => {
      const draft = store.getState().draft;
      if (draft === last) return;
      last = draft;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        run(store.getState().draft);
      }, CHECK_DELAY_MS);
    });
    return () => {
      alive = false;
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      if (!given) checker.dispose();
    };
  }, [store, given]);
  return <FindingsContext.Provider value={state}>{children}</FindingsContext.Provider>;
}

/** The latest findings. */
export function useFindings(): Findings {
  const value = useContext(FindingsContext);
  if (!value) throw new Error('useFindings outside FindingsProvider');
  return value;
}

/** The summary of the draft as it is right now (before an export or "Đã hoàn thành"), checked on the spot. */
export function checkNow(draft: Draft): FindingsSummary {
  return findingsSummary(checkDraft(draft));
}
