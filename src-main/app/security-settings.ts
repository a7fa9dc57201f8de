/** The one place the renderer's webPreferences are decided; a unit test pins every value. */
import type { WebPreferences } from 'electron';

/** The app's own scheme: the renderer never loads from file:// or the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * DevTools only in an unpackaged build started for the `_electron` e2e suite; a packaged app
 * never has them, whatever its environment says. Computed once at start.
 */
export function devToolsAllowed(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return !isPackaged && env.BAOCAO_E2E_DEVTOOLS === '1';
}

/** Production webPreferences; tests and development use the very same ones (DevTools off unless allowed above). */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools,
  };
}

/** Whether a URL belongs to the app's own renderer (or the dev server in development). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  return devServerUrl !== undefined && devServerUrl !== '' && url.startsWith(devServerUrl);
}
