/**
 * The preload: named API methods and one quit hook over contextBridge, nothing else.
 * Built as one CommonJS file because a sandboxed preload cannot load ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, BEFORE_QUIT_CHANNEL, QUIT_READY_CHANNEL, channelOf } from '../shared/api/method-names';

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (args: unknown) => ipcRenderer.invoke(channelOf(method), args)]),
);

contextBridge.exposeInMainWorld('baocao', api);
contextBridge.exposeInMainWorld('baocaoEvents', {
  /** Runs `callback` when the app is about to quit, then tells main the renderer is done. */
  onBeforeQuit(callback: () => Promise<void> | void): () => void {
    const listener = async (): Promise<void> => {
      try {
        await callback();
      } finally {
        ipcRenderer.send(QUIT_READY_CHANNEL);
      }
    };
    // The IPC event is dropped so the renderer never sees ipcRenderer through it.
    const wrapped = (): void => void listener();
    ipcRenderer.on(BEFORE_QUIT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(BEFORE_QUIT_CHANNEL, wrapped);
  },
});
