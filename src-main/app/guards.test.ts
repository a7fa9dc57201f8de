import { describe, expect, it, vi } from 'vitest';

type Handler = (...args: unknown[]) => unknown;
const appListeners = new Map<string, Handler>();
const session = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
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
    emit: (name: string, ...args: unknown[]) => listeners.get(name)?.(...args),
    open: (url: string) => openHandler({ url }),
  };
}

describe('navigation and permission guards', async () => {
  const { setupGuards } = await import('./guards');
  setupGuards(undefined);
  const contents = fakeContents();
  appListeners.get('web-contents-created')?.({}, contents);

  it('denies every new window', () => {
    expect(contents.open('https://example.com')).toEqual({ action: 'deny' });
  });

  it('prevents navigation away from the app and any webview', () => {
    const away = { preventDefault: vi.fn() };
    contents.emit('will-navigate', away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    contents.emit('will-navigate', inside, 'app://bundle/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('refuses permissions and cancels every remote request', () => {
    const permission = session.setPermissionRequestHandler.mock.calls[0]?.[0] as Handler;
    const answer = vi.fn();
    permission({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    const filter = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as Handler;
    const decide = vi.fn();
    filter({ url: 'https://cdn.example.com/x.js' }, decide);
    expect(decide).toHaveBeenLastCalledWith({ cancel: true });
    filter({ url: 'app://bundle/assets/index.js' }, decide);
    expect(decide).toHaveBeenLastCalledWith({ cancel: false });
  });
});
