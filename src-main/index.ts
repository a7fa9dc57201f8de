/** Composition root of the Electron app: single instance, scheme, guards, services, IPC, window. */
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import Store from 'electron-store';
import { chooseDocxPath } from './app/dialogs';
import { setupGuards } from './app/guards';
import { setupLifecycle } from './app/lifecycle';
import { registerAppScheme, serveRenderer } from './app/protocol';
import { isAppUrl } from './app/security-settings';
import { createMainWindow } from './app/window';
import { registerIpcHandlers } from './ipc/handle';
import { openServices } from './services/open-services';
import type { SettingsStoreClass } from './storage/settings-store';
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
  const services = await openServices({
    dataDir,
    version: app.getVersion(),
    transport: 'ipc',
    SettingsClass: Store as unknown as SettingsStoreClass,
    chooseExportPath: (name) => chooseDocxPath(mainWindow, name, services.settings.get().exportDir),
  });
  registerIpcHandlers(ipcMain, services.handlers, isTrustedSender, (error) => console.error(error));
  setupLifecycle(() => mainWindow, () => services.close());
  mainWindow = createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), devServerUrl });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (BrowserWindow.getAllWindows().length === 0) app.quit();
}
