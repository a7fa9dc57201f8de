/** Denies navigation, new windows, webviews, permissions and every request that is not the app's own. */
import { app, session, type WebContents } from 'electron';
import { keepSessionOffline } from './offline';
import { isAppUrl } from './security-settings';

export interface GuardOptions {
  /** Set only in development (electron-vite dev). */
  devServerUrl: string | undefined;
  /** From `devToolsAllowed`: the DevTools frontend may load only when they are on. */
  devTools: boolean;
}

function guardContents(contents: WebContents, devServerUrl: string | undefined): void {
  const stayInApp = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Whether a request may load: the app's own files (and the dev server, or DevTools when on). */
export function isAllowedRequest(url: string, { devServerUrl, devTools }: GuardOptions): boolean {
  return isAppUrl(url, devServerUrl) || (devTools && url.startsWith('devtools://'));
}

/** Installs the guards app-wide; call on `ready`, before any window is created. */
export function setupGuards(options: GuardOptions): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, options.devServerUrl));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  keepSessionOffline(ses);
  // No remote content ever: anything else the renderer or Chromium asks this session for is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, options) }));
}
