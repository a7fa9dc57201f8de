/** Composition root of the Electron app: single instance, scheme, guards, services, IPC, window. */
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import Store from 'electron-store';
import { electronDialogs } from './app/dialogs';
import { setupGuards } from './app/guards';
import { setupLifecycle } from './app/lifecycle';
import { registerAppScheme, serveRenderer } from './app/protocol';
import { isAppUrl } from './app/security-settings';
import { createMainWindow } from './app/window';
import { registerIpcHandlers } from './ipc/handle';
import { openServices } from './services/open-services';
import type { SettingsStoreClass } from './storage/settings-store';
import { takeDataLock } from './storage/lock';
import { defaultDataDir } from './storage/paths';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // A second instance hands over to the first, which shows its window.
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  void app.whenReady().then(start);
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame === mainWindow?.webContents.mainFrame && isAppUrl(frame.url, devServerUrl);
}

async function start(): Promise<void> {
  setupGuards(devServerUrl);
  serveRenderer(join(import.meta.dirname, '../renderer'));
  const dataDir = process.env.BAOCAO_DATA_DIR ?? defaultDataDir();
  // Tells the CLI the app is live (storage/lock.ts); the single-instance lock above already
  // keeps a second app away, so a holder that still looks live is a leftover and is replaced.
  const lock = await takeDataLock(dataDir).catch((error: unknown) => {
    console.error(error);
    return undefined;
  });
  const services = await openServices({
    dataDir,
    version: app.getVersion(),
    transport: 'ipc',
    SettingsClass: Store as unknown as SettingsStoreClass,
    dialogs: electronDialogs(() => mainWindow, () => services.settings.get().exportDir),
    eagerSearch: true,
    maintenance: true,
    onError: (error) => console.error(error),
  });
  registerIpcHandlers(ipcMain, services.handlers, isTrustedSender, (error) => console.error(error));
  // close() leaves the services usable (suspend and shutdown call it too, and the app may go on).
  setupLifecycle(() => mainWindow, () => services.close());
  app.on('will-quit', () => lock?.releaseSync());
  mainWindow = createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), devServerUrl });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (BrowserWindow.getAllWindows().length === 0) app.quit();
}
