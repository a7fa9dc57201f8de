import { afterEach, describe, expect, it, vi } from 'vitest';
import { newDraft } from '@shared/domain/new-draft';
import { checkToData, workerChecker } from './checker';

const draft = { ...newDraft({ id: 'draft-checker', now: '2025-03-01T00:00:00.000Z' }), title: 'KẾT QUẢ NĂM 2024' };

describe('checker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reduces findings to plain data that crosses to and from a worker, fix labels and summary kept', () => {
    const result = checkToData(draft);
    expect(structuredClone(result)).toEqual(result);
    const caps = result.problems.find((p) => p.id === 'title.allCaps');
    expect(caps).toMatchObject({ field: ['title'], fixLabel: 'Đổi sang chữ thường' });
    expect(result.summary.errors).toBe(result.problems.filter((p) => p.severity === 'error').length);
  });

  it('checks on the main thread where no worker can start', async () => {
    vi.stubGlobal('Worker', undefined);
    const checker = workerChecker();
    expect((await checker.check(draft)).problems.map((p) => p.id)).toContain('title.allCaps');
  });

  it('answers from the worker, and from the main thread once the worker fails', async () => {
    const started: FakeWorker[] = [];
    class FakeWorker {
      onmessage: ((event: MessageEvent) => void) | null = null;
      onerror: (() => void) | null = null;
      onmessageerror: (() => void) | null = null;
      posted: Array<{ seq: number }> = [];
      constructor() {
        started.push(this);
      }
      postMessage(message: { seq: number; draft: typeof draft }) {
        this.posted.push(message);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', FakeWorker);
    const checker = workerChecker();
    const worker = started[0] as FakeWorker;
    const first = checker.check(draft);
    const seq = worker.posted[0]?.seq ?? 0;
    worker.onmessage?.({ data: { seq, result: checkToData(draft) } } as MessageEvent);
    expect((await first).problems.length).toBeGreaterThan(0);
    const second = checker.check(draft);
    worker.onerror?.();
    expect((await second).summary).toEqual(checkToData(draft).summary);
  });
});
