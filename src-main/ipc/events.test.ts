import type { IpcMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { eventChannelOf } from '../shared/api/method-names';
import { createEventBus } from './events';
import { fakeIpcMain } from './fake-ipc';

const TRUSTED = { name: 'our main frame' };
const UNTRUSTED = { name: 'a subframe' };

function setup() {
  const ipc = fakeIpcMain();
  const refused: string[] = [];
  const bus = createEventBus(ipc as unknown as IpcMain, (event) => (event.senderFrame as unknown) === TRUSTED, (reason) => void refused.push(reason));
  return { ipc, bus, refused };
}

describe('one-way IPC events', () => {
  it('a listener runs for our own frame only; other senders are refused and reported', () => {
    const { ipc, bus, refused } = setup();
    const listener = vi.fn();
    bus.on('quitReady', listener);
    ipc.emit(eventChannelOf('quitReady'), UNTRUSTED);
    ipc.emit(eventChannelOf('quitReady'), null);
    expect(listener).not.toHaveBeenCalled();
    expect(refused).toEqual(['quitReady: untrusted sender', 'quitReady: untrusted sender']);
    ipc.emit(eventChannelOf('quitReady'), TRUSTED);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('a payload that breaks the event\'s schema never reaches the listener', () => {
    const { ipc, bus, refused } = setup();
    const listener = vi.fn();
    bus.on('quitReady', listener);
    ipc.emit(eventChannelOf('quitReady'), TRUSTED, { forged: true });
    ipc.emit(eventChannelOf('quitReady'), TRUSTED, undefined, 'extra');
    expect(listener).not.toHaveBeenCalled();
    expect(refused).toEqual(['quitReady: invalid payload', 'quitReady: more than one argument']);
  });

  it('unsubscribing removes the IPC listener', () => {
    const { ipc, bus } = setup();
    const off = bus.on('quitReady', () => {});
    expect(ipc.count(eventChannelOf('quitReady'))).toBe(1);
    off();
    expect(ipc.count(eventChannelOf('quitReady'))).toBe(0);
  });

  it('sends to the renderer on the event\'s channel with a payload its schema accepts', () => {
    const { bus } = setup();
    const target = { send: vi.fn() };
    bus.send(target, 'beforeQuit');
    expect(target.send).toHaveBeenCalledWith(eventChannelOf('beforeQuit'), undefined);
    // A wrong payload is a bug in main: it throws before anything is sent.
    expect(() => (bus.send as (t: typeof target, n: string, p: unknown) => void)(target, 'beforeQuit', { x: 1 })).toThrow();
    expect(target.send).toHaveBeenCalledTimes(1);
  });
});
