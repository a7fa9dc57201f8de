/** Quit handshake and power events: the renderer commits unsaved work, then storage flushes. */
import { app, ipcMain, powerMonitor, type BrowserWindow } from 'electron';
import { BEFORE_QUIT_CHANNEL, QUIT_READY_CHANNEL } from '../shared/api/method-names';

/** How long the renderer gets to hand over its pending edits before the app quits anyway. */
const RENDERER_FLUSH_TIMEOUT_MS = 4000;

function askRendererToFlush(window: BrowserWindow | null): Promise<void> {
  if (!window || window.isDestroyed()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      ipcMain.removeListener(QUIT_READY_CHANNEL, done);
      resolve();
    };
    const timer = setTimeout(done, RENDERER_FLUSH_TIMEOUT_MS);
    ipcMain.on(QUIT_READY_CHANNEL, done);
    window.webContents.send(BEFORE_QUIT_CHANNEL);
  });
}

/** Wires before-quit, window close, suspend and shutdown to a full flush. */
export function setupLifecycle(getWindow: () => BrowserWindow | null, flushStorage: () => Promise<void>): void {
  let quitting = false;
  const flushAll = async (): Promise<void> => {
    await askRendererToFlush(getWindow());
    await flushStorage();
  };
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    quitting = true;
    void flushAll().finally(() => app.quit());
  });
  powerMonitor.on('suspend', () => void flushAll());
  powerMonitor.on('shutdown', () => void flushAll());
  app.on('window-all-closed', () => app.quit());
}
