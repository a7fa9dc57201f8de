/**
 * Running the NĐ30 checks away from the keystrokes: in a worker when the window can start one
 * (a 100-page report takes longer to check than a frame), on the main thread otherwise. What
 * crosses back is plain data; a finding's one-click fix is looked up again when it is clicked.
 */
import { checkDraft, findingsSummary, type FieldPath, type Finding, type FindingsSummary, type Severity } from '@shared/domain/checks';
import type { Draft } from '@shared/domain/draft-schema';

/** A finding as the panel shows it: its fix reduced to the button's label. */
export interface FoundProblem {
  id: string;
  severity: Severity;
  message: string;
  field: FieldPath;
  /** The one-click fix's button text, when the finding has one. */
  fixLabel?: string;
}

/** What one check of a draft found, as plain data. */
export interface CheckResult {
  problems: FoundProblem[];
  summary: FindingsSummary;
}

/** Checks drafts. */
export interface Checker {
  check(draft: Draft): Promise<CheckResult>;
  dispose(): void;
}

/** Checks `draft` and reduces the findings to plain data. */
export function checkToData(draft: Draft): CheckResult {
  const findings: Finding[] = checkDraft(draft);
  const problems = findings.map(({ id, severity, message, field, fix }) => ({ id, severity, message, field, ...(fix ? { fixLabel: fix.label } : {}) }));
  return { problems, summary: findingsSummary(findings) };
}

/** Checks on the main thread (tests, and windows where a worker cannot start). */
export function mainThreadChecker(): Checker {
  return { check: async (draft) => checkToData(draft), dispose: () => {} };
}

interface Reply {
  seq: number;
  result: CheckResult;
}

/** Checks in a module worker, falling back to the main thread if the worker cannot start or fails. */
export function workerChecker(): Checker {
  let worker: Worker | null = null;
  let fallback: Checker | null = null;
  let seq = 0;
  const waiting = new Map<number, { draft: Draft; resolve: (result: CheckResult) => void }>();
  const fail = () => {
    worker?.terminate();
    worker = null;
    fallback = mainThreadChecker();
    const pending = [...waiting.values()];
    waiting.clear();
    for (const { draft, resolve } of pending) void fallback.check(draft).then(resolve);
  };
  try {
    worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module', name: 'kiem-tra' });
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const entry = waiting.get(event.data.seq);
      waiting.delete(event.data.seq);
      entry?.resolve(event.data.result);
    };
    worker.onerror = fail;
    worker.onmessageerror = fail;
  } catch {
    fallback = mainThreadChecker();
  }
  return {
    check(draft) {
      if (fallback || !worker) return (fallback ?? mainThreadChecker()).check(draft);
      const id = ++seq;
      return new Promise((resolve) => {
        waiting.set(id, { draft, resolve });
        try {
          worker?.postMessage({ seq: id, draft });
        } catch {
          fail();
        }
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      waiting.clear();
    },
  };
}
