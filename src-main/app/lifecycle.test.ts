import type { IpcMain, WebFrameMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventBus } from '../ipc/events';
import { fakeIpcMain } from '../ipc/fake-ipc';
import { createSenderCheck } from '../ipc/sender-check';
import { eventChannelOf } from '../shared/api/method-names';

type Handler = (...args: unknown[]) => unknown;
const appListeners = new Map<string, Handler>();
const powerListeners = new Map<string, Handler>();
const quit = vi.fn();
vi.mock('electron', () => ({
  app: { on: (name: string, fn: Handler) => void appListeners.set(name, fn), quit: () => quit() },
  powerMonitor: { on: (name: string, fn: Handler) => void powerListeners.set(name, fn) },
}));

const { setupLifecycle, RENDERER_FLUSH_TIMEOUT_MS } = await import('./lifecycle');

const mainFrame = { url: 'app://bundle/index.html', parent: null, detached: false, isDestroyed: () => false };
const subframe = { ...mainFrame, parent: mainFrame };
const otherWindow = { ...mainFrame };

function setup() {
  appListeners.clear();
  powerListeners.clear();
  quit.mockClear();
  const ipc = fakeIpcMain();
  const window = { isDestroyed: () => false, webContents: { send: vi.fn() } };
  const check = createSenderCheck(() => mainFrame as unknown as WebFrameMain, undefined);
  const events = createEventBus(ipc as unknown as IpcMain, check, () => {});
  const flushStorage = vi.fn(async () => {});
  setupLifecycle(() => window as never, flushStorage, events);
  const beforeQuit = () => {
    const event = { preventDefault: vi.fn() };
    appListeners.get('before-quit')?.(event);
    return event;
  };
  return { ipc, window, flushStorage, beforeQuit };
}

describe('the quit handshake', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the quit until our own main frame says its edits are handed over; other frames cannot release it', async () => {
    const { ipc, window, flushStorage, beforeQuit } = setup();
    expect(beforeQuit().preventDefault).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith(eventChannelOf('beforeQuit'), undefined);

    ipc.emit(eventChannelOf('quitReady'), subframe);
    ipc.emit(eventChannelOf('quitReady'), otherWindow);
    ipc.emit(eventChannelOf('quitReady'), null);
    await vi.advanceTimersByTimeAsync(RENDERER_FLUSH_TIMEOUT_MS - 1);
    expect(flushStorage).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();

    ipc.emit(eventChannelOf('quitReady'), mainFrame);
    await vi.advanceTimersByTimeAsync(0);
    expect(flushStorage).toHaveBeenCalledTimes(1);
    expect(quit).toHaveBeenCalledTimes(1);
    // The listener is gone once the handshake is over.
    expect(ipc.count(eventChannelOf('quitReady'))).toBe(0);
    // The second before-quit (from app.quit()) goes through.
    expect(beforeQuit().preventDefault).not.toHaveBeenCalled();
  });

  it('quits after the timeout when the renderer never answers, storage flushed first', async () => {
    const { flushStorage, beforeQuit } = setup();
    beforeQuit();
    await vi.advanceTimersByTimeAsync(RENDERER_FLUSH_TIMEOUT_MS);
    expect(flushStorage).toHaveBeenCalledTimes(1);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(flushStorage.mock.invocationCallOrder[0]).toBeLessThan(quit.mock.invocationCallOrder[0] ?? 0);
  });

  it('suspend and shutdown flush the renderer and storage without quitting', async () => {
    const { ipc, flushStorage } = setup();
    powerListeners.get('suspend')?.();
    ipc.emit(eventChannelOf('quitReady'), mainFrame);
    await vi.advanceTimersByTimeAsync(0);
    expect(flushStorage).toHaveBeenCalledTimes(1);
    powerListeners.get('shutdown')?.();
    await vi.advanceTimersByTimeAsync(RENDERER_FLUSH_TIMEOUT_MS);
    expect(flushStorage).toHaveBeenCalledTimes(2);
    expect(quit).not.toHaveBeenCalled();
  });
});
