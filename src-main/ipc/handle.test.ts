import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, type Handlers } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import { channelOf } from '../shared/api/method-names';
import { registerIpcHandlers } from './handle';

type Listener = (event: unknown, args: unknown) => unknown;

function register(handlers: Partial<Handlers>, trusted = true) {
  const listeners = new Map<string, Listener>();
  const full = { ...Object.fromEntries(METHOD_NAMES.map((m) => [m, async () => null])), ...handlers } as Handlers;
  registerIpcHandlers({ handle: (channel: string, fn: Listener) => void listeners.set(channel, fn) } as never, full, () => trusted, () => {});
  return (method: string, args: unknown) => listeners.get(channelOf(method))?.({}, args);
}

describe('IPC handler guard', () => {
  it('refuses calls from an untrusted sender', async () => {
    const call = register({}, false);
    expect(await call('listDrafts', {})).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Yêu cầu bị từ chối' } });
  });

  it('validates arguments before the handler runs and names the field', async () => {
    let ran = false;
    const call = register({ getDraft: async () => ((ran = true), null as never) });
    const result = (await call('getDraft', { id: '../../etc/passwd' })) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('INVALID_ARGUMENT');
    expect(result.error.message).toContain('id');
    expect(ran).toBe(false);
  });

  it('returns service errors as values with a Vietnamese message', async () => {
    const call = register({ getDraft: async () => Promise.reject(new AppError('NOT_FOUND', 'Không tìm thấy bản thảo')) });
    expect(await call('getDraft', { id: 'abcdef12' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy bản thảo' },
    });
  });

  it('hides unexpected errors behind a generic message', async () => {
    const call = register({ listDrafts: async () => Promise.reject(new Error('secret path /home/x')) });
    const result = (await call('listDrafts', {})) as { error: { code: string; message: string } };
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).not.toContain('secret');
  });
});
