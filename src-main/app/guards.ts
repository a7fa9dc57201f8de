/** Denies navigation, new windows, webviews and permissions for every web contents. */
import { app, session, type WebContents } from 'electron';
import { isAppUrl } from './security-settings';

function guardContents(contents: WebContents, devServerUrl: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Installs the guards app-wide; call before any window is created. */
export function setupGuards(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, devServerUrl));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // No remote content ever: only the app's own scheme (and devtools / the dev server) load.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url, devServerUrl) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
}
