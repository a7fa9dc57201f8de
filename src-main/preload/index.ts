/**
 * The preload: one named function per API method and per one-way event over contextBridge,
 * nothing else. Built as one CommonJS file because a sandboxed preload cannot load ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { EventBridge } from '../shared/api/events';
import {
  API_METHODS,
  MAIN_TO_RENDERER_EVENTS,
  RENDERER_TO_MAIN_EVENTS,
  channelOf,
  eventChannelOf,
  sendNameOf,
  subscribeNameOf,
} from '../shared/api/method-names';

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (args: unknown) => ipcRenderer.invoke(channelOf(method), args)]),
);

const subscribe = (name: string) => (listener: (payload: unknown) => void) => {
  // The IPC event is dropped so the renderer never sees ipcRenderer through it.
  const wrapped = (_event: unknown, payload: unknown): void => listener(payload);
  ipcRenderer.on(eventChannelOf(name), wrapped);
  return (): void => void ipcRenderer.removeListener(eventChannelOf(name), wrapped);
};
const send = (name: string) => (payload?: unknown): void => ipcRenderer.send(eventChannelOf(name), payload);

const events = Object.fromEntries([
  ...MAIN_TO_RENDERER_EVENTS.map((name) => [subscribeNameOf(name), subscribe(name)]),
  ...RENDERER_TO_MAIN_EVENTS.map((name) => [sendNameOf(name), send(name)]),
]) as EventBridge;

contextBridge.exposeInMainWorld('baocao', api);
contextBridge.exposeInMainWorld('baocaoEvents', events);
