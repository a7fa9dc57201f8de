import type { WebFrameMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { createSenderCheck } from './sender-check';

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  detached: boolean;
  destroyed: boolean;
  isDestroyed(): boolean;
}

function frame(url: string, parent: FakeFrame | null = null): FakeFrame {
  return {
    url,
    parent,
    detached: false,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
  };
}

const asFrame = (f: FakeFrame | null) => f as unknown as WebFrameMain | null;
const from = (f: FakeFrame | null) => ({ senderFrame: asFrame(f) });

describe('the IPC sender check', () => {
  const main = frame('app://bundle/index.html');
  let current: FakeFrame | null = main;
  const isTrusted = createSenderCheck(() => asFrame(current), undefined);

  it('trusts the main frame of our window showing the app', () => {
    expect(isTrusted(from(main))).toBe(true);
  });

  it('refuses a frame of another window, even on the app page', () => {
    expect(isTrusted(from(frame('app://bundle/index.html')))).toBe(false);
  });

  it('refuses a subframe of our window, even on the app page', () => {
    expect(isTrusted(from(frame('app://bundle/index.html', main)))).toBe(false);
  });

  it('refuses our main frame once it shows another page', () => {
    for (const url of ['https://example.com/', 'about:blank', 'file:///etc/passwd', 'app://other/index.html', 'data:text/html,x']) {
      const moved = { ...main, url };
      current = moved;
      expect(isTrusted(from(moved)), url).toBe(false);
    }
    current = main;
  });

  it('refuses a missing, destroyed, detached or disposed frame', () => {
    expect(isTrusted(from(null))).toBe(false);
    main.destroyed = true;
    expect(isTrusted(from(main))).toBe(false);
    main.destroyed = false;
    main.detached = true;
    expect(isTrusted(from(main))).toBe(false);
    main.detached = false;
    const disposed = Object.defineProperty(frame(''), 'url', {
      get() {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    });
    current = disposed;
    expect(isTrusted(from(disposed))).toBe(false);
    current = main;
    expect(isTrusted(from(main))).toBe(true);
  });

  it('refuses everything once our window is gone or was never created', () => {
    current = null;
    expect(isTrusted(from(main))).toBe(false);
    const destroyedWindow = createSenderCheck(() => {
      throw new Error('Object has been destroyed');
    }, undefined);
    expect(destroyedWindow(from(main))).toBe(false);
    current = main;
  });

  it('trusts the dev server page only when one is configured', () => {
    const dev = frame('http://localhost:5173/');
    expect(createSenderCheck(() => asFrame(dev), 'http://localhost:5173/')(from(dev))).toBe(true);
    expect(createSenderCheck(() => asFrame(dev), undefined)(from(dev))).toBe(false);
  });
});
