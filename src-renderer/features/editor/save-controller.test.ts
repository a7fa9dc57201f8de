import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '@shared/api/errors';
import { SaveController, type SaveStatus } from './save-controller';

interface Deferred {
  value: string;
  resolve: (result: ApiResult<unknown>) => void;
}

function setup() {
  const calls: Deferred[] = [];
  const statuses: SaveStatus[] = [];
  const controller = new SaveController<string>('v0', {
    save: (value) => new Promise((resolve) => calls.push({ value, resolve })),
    onStatus: (status) => statuses.push(status),
  });
  const last = () => statuses.at(-1);
  return { controller, calls, statuses, last };
}

const okResult: ApiResult<unknown> = { ok: true, value: { updatedAt: 'x' } };

describe('SaveController', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves 800 ms after the last change', async () => {
    const { controller, calls, last } = setup();
    controller.change('v1');
    expect(last()).toEqual({ state: 'dirty' });
    await vi.advanceTimersByTimeAsync(500);
    controller.change('v2');
    await vi.advanceTimersByTimeAsync(799);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.value)).toEqual(['v2']);
    expect(last()).toEqual({ state: 'saving' });
    calls[0]?.resolve(okResult);
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ state: 'saved' });
  });

  it('saves at most 4 s after the first unsaved change during continuous typing', async () => {
    const { controller, calls } = setup();
    const start = Date.now();
    for (let i = 1; i <= 20; i++) {
      controller.change(`v${i}`);
      await vi.advanceTimersByTimeAsync(300);
      if (calls.length) break;
    }
    expect(calls).toHaveLength(1);
    expect(Date.now() - start).toBeLessThanOrEqual(4200);
  });

  it('keeps one save in flight and saves the latest value after it', async () => {
    const { controller, calls, last } = setup();
    controller.change('v1');
    await vi.advanceTimersByTimeAsync(800);
    controller.change('v2');
    controller.change('v3');
    await vi.advanceTimersByTimeAsync(800);
    expect(calls.map((c) => c.value)).toEqual(['v1']);
    calls[0]?.resolve(okResult);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.value)).toEqual(['v1', 'v3']);
    calls[1]?.resolve(okResult);
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ state: 'saved' });
  });

  it('reports a failed save and retries after 5 s', async () => {
    const { controller, calls, last } = setup();
    controller.change('v1');
    await vi.advanceTimersByTimeAsync(800);
    calls[0]?.resolve({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'Số văn bản chỉ gồm chữ số' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ state: 'error', message: 'Số văn bản chỉ gồm chữ số' });
    expect(controller.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(2);
    calls[1]?.resolve(okResult);
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ state: 'saved' });
  });

  it('flush saves at once and waits for the save in flight', async () => {
    const { controller, calls } = setup();
    controller.change('v1');
    const flushed = controller.flush();
    expect(calls.map((c) => c.value)).toEqual(['v1']);
    controller.change('v2');
    const second = controller.flush();
    calls[0]?.resolve(okResult);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.value)).toEqual(['v1', 'v2']);
    calls[1]?.resolve(okResult);
    expect(await flushed).toBe(true);
    expect(await second).toBe(true);
  });

  it('flush is a no-op when nothing changed', async () => {
    const { controller, calls } = setup();
    expect(await controller.flush()).toBe(true);
    expect(calls).toHaveLength(0);
  });
});
