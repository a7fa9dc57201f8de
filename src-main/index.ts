/** Composition root of the Electron app: single instance, scheme, guards, services, IPC, window. */
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import Store from 'electron-store';
import { electronDialogs } from './app/dialogs';
import { setupGuards } from './app/guards';
import { setupLifecycle } from './app/lifecycle';
import { watchOpenedFiles } from './app/open-files';
import { electronOpenPort } from './app/open-with-system';
import { createBrowserPrintWindow, electronPdfRenderer, electronPrinter, pageUrlFor } from './app/print-window';
import { registerAppScheme, serveRenderer } from './app/protocol';
import { devToolsAllowed } from './app/security-settings';
import { createMainWindow } from './app/window';
import { connectIpc } from './ipc/connect';
import { createSenderCheck } from './ipc/sender-check';
import { importThroughContract, withExtraNotices } from './services/open-file-import';
import { openServices } from './services/open-services';
import type { SettingsStoreClass } from './storage/settings-store';
import { defaultDataDir } from './storage/paths';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const devTools = devToolsAllowed(app.isPackaged, process.env);
let mainWindow: BrowserWindow | null = null;
// Transfer files the OS opens the app with (a double-click): heard before ready, imported once the services are up.
// Once the window is up, the renderer hears of each later one at once (the filesOpened event).
let tellRenderer: (messages: string[]) => void = () => undefined;
const openedFiles = watchOpenedFiles(app, {
  argv: process.argv,
  cwd: process.cwd(),
  onImported: (results) => tellRenderer(results.map((r) => r.notice)),
});

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

const isTrustedSender = createSenderCheck(() => mainWindow?.webContents.mainFrame, devServerUrl);

/** "In", "Xuất PDF" and "Gửi email": the hidden page window, the print dialog and the system's programs. */
function outputPorts() {
  const page = { createWindow: createBrowserPrintWindow, pageUrl: pageUrlFor(devServerUrl), parent: () => mainWindow };
  return { renderPdf: electronPdfRenderer(page), printer: electronPrinter(page), open: electronOpenPort() };
}

async function start(): Promise<void> {
  setupGuards({ devServerUrl, devTools });
  serveRenderer(join(import.meta.dirname, '../renderer'));
  const dataDir = process.env.BAOCAO_DATA_DIR ?? defaultDataDir();
  const services = await openServices({
    dataDir,
    version: app.getVersion(),
    transport: 'ipc',
    SettingsClass: Store as unknown as SettingsStoreClass,
    dialogs: electronDialogs(() => mainWindow, () => services.settings.get().exportDir),
    eagerSearch: true,
    maintenance: true,
    // Tells the CLI the app is live (storage/lock.ts); the single-instance lock above already
    // keeps a second app away, so a holder that still looks live is a leftover and is replaced.
    // If the lock cannot be taken the clerk is told through the notices.
    lock: 'take-over',
    onError: (error) => console.error(error),
    ...outputPorts(),
  });
  const events = connectIpc(withExtraNotices(services.handlers, openedFiles.notices), isTrustedSender, (error) => console.error(error));
  // close() leaves the services usable (suspend and shutdown call it too, and the app may go on).
  setupLifecycle(() => mainWindow, () => services.close(), events);
  app.on('will-quit', () => services.releaseLock());
  // Before the window, so its first getNotices already says what was imported.
  await openedFiles.start(importThroughContract(services.handlers, (error) => console.error(error)));
  mainWindow = createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), devServerUrl, devTools });
  tellRenderer = (messages) => {
    if (mainWindow && !mainWindow.isDestroyed()) events.send(mainWindow.webContents, 'filesOpened', { messages: messages.slice(-100) });
  };
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (BrowserWindow.getAllWindows().length === 0) app.quit();
}
