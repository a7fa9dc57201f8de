import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from './contract';
import { dispatch } from './dispatch';
import { AppError } from './errors';

/** Handlers whose every method records the call and answers `value`. */
function fakeHandlers(impl: (name: string, args: unknown) => Promise<unknown>): Handlers {
  return new Proxy({} as Handlers, { get: (_target, name) => (args: unknown) => impl(String(name), args) });
}

/** A section nested `depth` levels deep, built without recursion. */
function deepSections(depth: number): unknown {
  let inner: unknown[] = [];
  const root = { id: 'root-0', title: 'x', blocks: [], children: inner };
  for (let i = 1; i < depth; i++) {
    const next: unknown[] = [];
    inner.push({ id: `s-${i}`, title: 'x', blocks: [], children: next });
    inner = next;
  }
  return root;
}

describe('dispatch never throws', () => {
  const handlers = fakeHandlers(async () => ({ updatedAt: '2026-01-01T00:00:00.000Z' }));

  it('answers an error value when validation itself overflows the stack', async () => {
    const draft = { schemaVersion: 2, sections: [deepSections(200_000)] };
    const result = await dispatch(handlers, 'saveDraft', { draft });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INVALID_ARGUMENT');
  });

  it('answers an error value when reading the arguments throws', async () => {
    const hostile = Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    const result = await dispatch(handlers, 'getDraft', hostile);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('answers UNKNOWN_METHOD for names outside the contract, prototype keys included', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 42, null]) {
      expect(await dispatch(handlers, name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('keeps an AppError as it is and turns anything else into INTERNAL, told to onUnexpected', async () => {
    const failing = fakeHandlers(async (name) => {
      if (name === 'getDraft') throw new AppError('NOT_FOUND', 'Không tìm thấy bản thảo');
      throw new TypeError('bug');
    });
    expect(await dispatch(failing, 'getDraft', { id: 'abcdef' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy bản thảo' },
    });
    const seen = vi.fn();
    const internal = await dispatch(failing, 'listDrafts', {}, seen);
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(seen).toHaveBeenCalledWith(expect.any(TypeError));
  });

  it('still answers a value when the unexpected-error reporter throws', async () => {
    const failing = fakeHandlers(async () => {
      throw new Error('bug');
    });
    const result = await dispatch(failing, 'listDrafts', {}, () => {
      throw new Error('logger down');
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
