/** Quit handshake and power events: the renderer commits unsaved work, then storage flushes. */
import { app, powerMonitor, type BrowserWindow } from 'electron';
import type { EventBus } from '../ipc/events';

/** How long the renderer gets to hand over its pending edits before the app quits anyway. */
export const RENDERER_FLUSH_TIMEOUT_MS = 4000;

function askRendererToFlush(window: BrowserWindow | null, events: EventBus): Promise<void> {
  if (!window || window.isDestroyed()) return Promise.resolve();
  return new Promise((resolve) => {
    // Only our own main frame's answer counts: the event bus applies the IPC sender check.
    const unsubscribe = events.on('quitReady', () => done());
    const timer = setTimeout(() => done(), RENDERER_FLUSH_TIMEOUT_MS);
    function done(): void {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
    events.send(window.webContents, 'beforeQuit');
  });
}

/** Wires before-quit, window close, suspend and shutdown to a full flush. */
export function setupLifecycle(getWindow: () => BrowserWindow | null, flushStorage: () => Promise<void>, events: EventBus): void {
  let quitting = false;
  const flushAll = async (): Promise<void> => {
    await askRendererToFlush(getWindow(), events);
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
