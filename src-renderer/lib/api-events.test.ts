/** The renderer's side of the quit handshake, in both transports. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeEvents } from './bridge-types';

type Win = { baocao?: unknown; baocaoEvents?: BridgeEvents };

async function loadApi(win: Win) {
  vi.resetModules();
  vi.stubGlobal('window', win);
  return import('./api');
}

function fakeEvents() {
  let beforeQuit: ((payload: undefined) => void) | undefined;
  const order: string[] = [];
  const events: BridgeEvents = {
    onBeforeQuit: (listener) => {
      beforeQuit = listener;
      return () => void (beforeQuit = undefined);
    },
    sendQuitReady: () => void order.push('quitReady'),
    onFilesOpened: () => () => undefined,
  };
  return { events, order, fire: () => beforeQuit?.(undefined), subscribed: () => beforeQuit !== undefined };
}

describe('onBeforeQuit', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('over IPC: flushes the pending edits first, then tells main it may quit', async () => {
    const fake = fakeEvents();
    const { onBeforeQuit, transport } = await loadApi({ baocao: {}, baocaoEvents: fake.events });
    expect(transport).toBe('ipc');
    let release: () => void = () => {};
    const off = onBeforeQuit(async () => {
      fake.order.push('flush started');
      await new Promise<void>((resolve) => (release = resolve));
      fake.order.push('flush done');
    });
    fake.fire();
    await vi.waitFor(() => expect(fake.order).toEqual(['flush started']));
    release();
    await vi.waitFor(() => expect(fake.order).toEqual(['flush started', 'flush done', 'quitReady']));
    off();
    expect(fake.subscribed()).toBe(false);
  });

  it('over IPC: a failed flush still releases the quit (the failure stays on screen)', async () => {
    const fake = fakeEvents();
    const { onBeforeQuit } = await loadApi({ baocao: {}, baocaoEvents: fake.events });
    onBeforeQuit(() => Promise.reject(new Error('disk full')));
    fake.fire();
    await vi.waitFor(() => expect(fake.order).toEqual(['quitReady']));
  });

  it('over HTTP: there is no quit, so nothing subscribes and the flush never runs', async () => {
    const { onBeforeQuit, transport } = await loadApi({});
    expect(transport).toBe('http');
    const flush = vi.fn();
    const off = onBeforeQuit(flush);
    expect(() => off()).not.toThrow();
    expect(flush).not.toHaveBeenCalled();
  });
});
