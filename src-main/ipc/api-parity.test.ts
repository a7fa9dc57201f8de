import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from '../http/loopback-server';
import { METHOD_NAMES, type Handlers } from '../shared/api/contract';
import { API_METHODS, channelOf } from '../shared/api/method-names';
import { registerIpcHandlers } from './handle';

const exposed: Record<string, Record<string, unknown>> = {};
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => void (exposed[key] = api) },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
}));

/** Handlers that answer with their own name, so a call proves which one ran. */
const echoHandlers = Object.fromEntries(METHOD_NAMES.map((m) => [m, async () => m])) as unknown as Handlers;

describe('one contract, three transports', () => {
  let server: LoopbackServer | undefined;
  afterEach(async () => server?.close());

  it('the preload name list equals the contract', () => {
    expect([...API_METHODS].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('IPC registers exactly the contract methods', () => {
    const channels: string[] = [];
    registerIpcHandlers({ handle: (channel: string) => void channels.push(channel) }, echoHandlers, () => true, () => {});
    expect(channels.sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it('the preload exposes exactly the contract methods, and nothing raw', async () => {
    await import('../preload/index');
    expect(Object.keys(exposed.baocao ?? {}).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.keys(exposed.baocaoEvents ?? {})).toEqual(['onBeforeQuit']);
    for (const fn of Object.values(exposed.baocao ?? {})) expect(typeof fn).toBe('function');
  });

  it('the loopback transport answers exactly the contract methods', async () => {
    server = await startLoopbackServer({ handlers: echoHandlers, staticDir: '/nonexistent' });
    const call = async (method: string) => {
      const res = await fetch(`${server?.url}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    };
    for (const method of METHOD_NAMES) {
      const result = await call(method);
      // Methods with required arguments fail validation, which proves the route exists.
      expect(result.ok ? result.value : result.error?.code).toMatch(new RegExp(`^(${method}|INVALID_ARGUMENT)$`));
    }
    expect((await call('notAMethod')).error?.code).toBe('UNKNOWN_METHOD');
    expect((await call('constructor')).error?.code).toBe('UNKNOWN_METHOD');
  });
});
