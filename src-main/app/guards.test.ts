import { describe, expect, it, vi } from 'vitest';
import { DICTIONARY_URL } from './offline';

type Handler = (...args: unknown[]) => unknown;
const appListeners = new Map<string, Handler>();
const session = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  setSpellCheckerDictionaryDownloadURL: vi.fn(),
  setSpellCheckerLanguages: vi.fn(),
  setSpellCheckerEnabled: vi.fn(),
  webRequest: { onBeforeRequest: vi.fn() },
};
vi.mock('electron', () => ({
  app: { on: (name: string, fn: Handler) => void appListeners.set(name, fn) },
  session: { defaultSession: session },
}));

function fakeContents() {
  const listeners = new Map<string, Handler>();
  let openHandler: Handler = () => ({ action: 'allow' });
  return {
    on: (name: string, fn: Handler) => void listeners.set(name, fn),
    setWindowOpenHandler: (fn: Handler) => void (openHandler = fn),
    /** Emits a navigation-like event the way Electron 45 does: details first, with `url` on it. */
    navigate: (name: string, url: string) => {
      const event = { url, preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event.preventDefault.mock.calls.length > 0 ? 'prevented' : 'allowed';
    },
    emit: (name: string, ...args: unknown[]) => listeners.get(name)?.(...args),
    open: (url: string) => openHandler({ url }),
  };
}

const AWAY = ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)'];

describe('navigation, permission and request guards (production: no dev server, DevTools off)', async () => {
  const { setupGuards } = await import('./guards');
  setupGuards({ devServerUrl: undefined, devTools: false });
  const contents = fakeContents();
  appListeners.get('web-contents-created')?.({}, contents);

  it('denies every new window', () => {
    expect(contents.open('https://example.com')).toEqual({ action: 'deny' });
    expect(contents.open('app://bundle/index.html')).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s keeps the page and every frame inside the app', (name) => {
    for (const url of AWAY) expect(contents.navigate(name, url), url).toBe('prevented');
    expect(contents.navigate(name, 'app://bundle/index.html')).toBe('allowed');
  });

  it('refuses every webview', () => {
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('refuses permission requests and answers every permission check with no', () => {
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as Handler;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answer = vi.fn();
      request({}, permission, answer, { requestingUrl: 'app://bundle/index.html' });
      expect(answer).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as Handler;
    expect(check).toBeTypeOf('function');
    for (const permission of ['media', 'clipboard-sanitized-write', 'hid', 'serial', 'usb', 'fullscreen']) {
      expect(check({}, permission, 'app://bundle', {}), permission).toBe(false);
    }
  });

  it('cancels every request that is not the app\'s own, DevTools included', () => {
    const filter = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as Handler;
    const decide = (url: string) => {
      const callback = vi.fn();
      filter({ url }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    };
    for (const url of [...AWAY, 'https://redirector.gvt1.com/edgedl/chrome/dict/vi-vn-3-0.bdic', 'ws://127.0.0.1:9222/', 'devtools://devtools/bundled/inspector.html']) {
      expect(decide(url), url).toBe(true);
    }
    expect(decide('app://bundle/assets/index.js')).toBe(false);
  });

  it('turns the spellchecker off and keeps its dictionary downloads inside the app', () => {
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith([]);
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(DICTIONARY_URL);
    expect(DICTIONARY_URL.startsWith('app://bundle/')).toBe(true);
  });
});

describe('request guard outside production', async () => {
  const { isAllowedRequest } = await import('./guards');

  it('lets the DevTools frontend load only when DevTools are on, and the dev server only when set', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { devServerUrl: undefined, devTools: true })).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { devServerUrl: undefined, devTools: false })).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', { devServerUrl: 'http://localhost:5173/', devTools: false })).toBe(true);
    expect(isAllowedRequest('https://example.com/', { devServerUrl: 'http://localhost:5173/', devTools: true })).toBe(false);
  });
});
