import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, devToolsAllowed, isAppUrl, secureWebPreferences } from './security-settings';

const created: Array<{ webPreferences?: Record<string, unknown> }> = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = { on: vi.fn() };
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      created.push(options);
    }
    once = vi.fn();
    loadURL = vi.fn(async () => {});
  },
}));

describe('window security settings', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    const prefs = secureWebPreferences('/app/preload/index.cjs', false);
    expect(prefs).toMatchObject({
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
      devTools: false,
    });
    expect(prefs.preload).toBe('/app/preload/index.cjs');
    // The e2e build changes DevTools and nothing else.
    expect(secureWebPreferences('/app/preload/index.cjs', true)).toEqual({ ...prefs, devTools: true });
  });

  it('keeps DevTools off in production: a packaged app never has them, an unpackaged one only for the e2e suite', () => {
    expect(devToolsAllowed(true, {})).toBe(false);
    expect(devToolsAllowed(true, { BAOCAO_E2E_DEVTOOLS: '1' })).toBe(false);
    expect(devToolsAllowed(false, {})).toBe(false);
    expect(devToolsAllowed(false, { BAOCAO_E2E_DEVTOOLS: 'true' })).toBe(false);
    expect(devToolsAllowed(false, { BAOCAO_E2E_DEVTOOLS: '1' })).toBe(true);
  });

  it('the window factory uses exactly those settings, DevTools as decided, and loads the app scheme', async () => {
    const { createMainWindow } = await import('./window');
    const window = createMainWindow({ preloadPath: '/p.cjs', devServerUrl: undefined, devTools: false }) as unknown as {
      loadURL: ReturnType<typeof vi.fn>;
    };
    expect(created.at(-1)?.webPreferences).toEqual(secureWebPreferences('/p.cjs', false));
    expect(created.at(-1)?.webPreferences?.devTools).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith(`${APP_ORIGIN}/index.html`);
    createMainWindow({ preloadPath: '/p.cjs', devServerUrl: undefined, devTools: true });
    expect(created.at(-1)?.webPreferences?.devTools).toBe(true);
  });

  it('treats only the app origin as the app', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://bundle.evil/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', '')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
  });
});
