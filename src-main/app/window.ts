/** The main window factory: production security settings, renderer from the app's own files. */
import { BrowserWindow } from 'electron';
import { APP_ORIGIN, secureWebPreferences } from './security-settings';

export interface WindowOptions {
  preloadPath: string;
  /** Set only in development (electron-vite dev); packaged apps always use app://. */
  devServerUrl: string | undefined;
  /** From `devToolsAllowed`: false in every packaged app. */
  devTools: boolean;
}

/** Creates the main window and loads the renderer. */
export function createMainWindow({ preloadPath, devServerUrl, devTools }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Soạn Báo Cáo',
    show: false,
    backgroundColor: '#f4f4f2',
    webPreferences: secureWebPreferences(preloadPath, devTools),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ? devServerUrl : `${APP_ORIGIN}/index.html`);
  return window;
}
