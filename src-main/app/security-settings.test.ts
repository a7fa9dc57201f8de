import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, isAppUrl, secureWebPreferences } from './security-settings';

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
    const prefs = secureWebPreferences('/app/preload/index.cjs');
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
    });
    expect(prefs.preload).toBe('/app/preload/index.cjs');
  });

  it('the window factory uses exactly those settings and loads the app scheme', async () => {
    const { createMainWindow } = await import('./window');
    const window = createMainWindow({ preloadPath: '/p.cjs', devServerUrl: undefined }) as unknown as { loadURL: ReturnType<typeof vi.fn> };
    expect(created.at(-1)?.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(window.loadURL).toHaveBeenCalledWith(`${APP_ORIGIN}/index.html`);
  });

  it('treats only the app origin as the app', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
  });
});
