import type { IpcMain } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from '../http/loopback-server';
import { METHOD_NAMES, type Handlers } from '../shared/api/contract';
import { mainToRendererEvents, rendererToMainEvents } from '../shared/api/events';
import {
  API_METHODS,
  MAIN_TO_RENDERER_EVENTS,
  type MainToRendererEvent,
  RENDERER_TO_MAIN_EVENTS,
  channelOf,
  eventChannelOf,
  sendNameOf,
  subscribeNameOf,
} from '../shared/api/method-names';
import { createEventBus } from './events';
import { fakeIpcMain } from './fake-ipc';
import { registerIpcHandlers } from './handle';

const exposed: Record<string, Record<string, unknown>> = {};
const renderer = fakeIpcMain();
const sent: Array<{ channel: string; args: unknown[] }> = [];
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => void (exposed[key] = api) },
  ipcRenderer: {
    invoke: vi.fn(),
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => renderer.on(channel, listener),
    removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => renderer.removeListener(channel, listener),
    send: (channel: string, ...args: unknown[]) => void sent.push({ channel, args }),
  },
}));

/** Handlers that answer with their own name, so a call proves which one ran. */
const echoHandlers = Object.fromEntries(METHOD_NAMES.map((m) => [m, async () => m])) as unknown as Handlers;
const sorted = (list: readonly string[]) => [...list].sort();

describe('one contract, three transports', () => {
  let server: LoopbackServer | undefined;
  afterEach(async () => server?.close());

  it('the preload name list equals the contract', () => {
    expect(sorted(API_METHODS)).toEqual(sorted(METHOD_NAMES));
  });

  it('IPC registers exactly the contract methods', () => {
    const channels: string[] = [];
    registerIpcHandlers({ handle: (channel: string) => void channels.push(channel) }, echoHandlers, () => true, () => {});
    expect(channels.sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it('the preload exposes exactly the contract methods and one function per event, and nothing raw', async () => {
    await import('../preload/index');
    expect(Object.keys(exposed).sort()).toEqual(['baocao', 'baocaoEvents']);
    expect(sorted(Object.keys(exposed.baocao ?? {}))).toEqual(sorted(METHOD_NAMES));
    expect(sorted(Object.keys(exposed.baocaoEvents ?? {}))).toEqual(
      sorted([...MAIN_TO_RENDERER_EVENTS.map(subscribeNameOf), ...RENDERER_TO_MAIN_EVENTS.map(sendNameOf)]),
    );
    for (const fn of [...Object.values(exposed.baocao ?? {}), ...Object.values(exposed.baocaoEvents ?? {})]) {
      expect(typeof fn).toBe('function');
    }
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

describe('one event list, both ends', () => {
  it('the preload event names equal the schemas, per direction, and the directions never share a channel', () => {
    expect(sorted(MAIN_TO_RENDERER_EVENTS)).toEqual(sorted(Object.keys(mainToRendererEvents)));
    expect(sorted(RENDERER_TO_MAIN_EVENTS)).toEqual(sorted(Object.keys(rendererToMainEvents)));
    const channels = [...MAIN_TO_RENDERER_EVENTS, ...RENDERER_TO_MAIN_EVENTS].map(eventChannelOf);
    expect(new Set(channels).size).toBe(channels.length);
    expect(channels.some((channel) => METHOD_NAMES.map(channelOf).includes(channel))).toBe(false);
  });

  it('every main-to-renderer event main sends reaches the preload subscriber, without the IPC event object', async () => {
    await import('../preload/index');
    const bus = createEventBus(fakeIpcMain() as unknown as IpcMain, () => true, () => {});
    const target = { send: (channel: string, ...args: unknown[]) => renderer.emit(channel, { sender: 'ipcRenderer' }, ...args) };
    // One valid payload per event; the Record type makes a new event add its own.
    const samples: Record<MainToRendererEvent, unknown> = { beforeQuit: undefined, filesOpened: { messages: ['Đã nhập 1 báo cáo.'] } };
    for (const name of MAIN_TO_RENDERER_EVENTS) {
      const received: unknown[][] = [];
      const subscribe = exposed.baocaoEvents?.[subscribeNameOf(name)] as (listener: (...args: unknown[]) => void) => () => void;
      const off = subscribe((...args) => void received.push(args));
      (bus.send as (t: typeof target, n: string, p: unknown) => void)(target, name, samples[name]);
      expect(received, name).toEqual([[samples[name]]]);
      off();
      (bus.send as (t: typeof target, n: string, p: unknown) => void)(target, name, samples[name]);
      expect(received, `${name} after unsubscribe`).toHaveLength(1);
    }
  });

  it('every renderer-to-main event the preload sends reaches main\'s listener on the same channel', async () => {
    await import('../preload/index');
    const ipc = fakeIpcMain();
    const bus = createEventBus(ipc as unknown as IpcMain, () => true, () => {});
    for (const name of RENDERER_TO_MAIN_EVENTS) {
      const listener = vi.fn();
      bus.on(name, listener);
      sent.length = 0;
      (exposed.baocaoEvents?.[sendNameOf(name)] as () => void)();
      expect(sent.map((message) => message.channel)).toEqual([eventChannelOf(name)]);
      for (const message of sent) ipc.emit(message.channel, 'frame', ...message.args);
      expect(listener, name).toHaveBeenCalledTimes(1);
    }
  });
});
