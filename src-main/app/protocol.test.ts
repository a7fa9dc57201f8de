import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, PAGE_CONTENT_SECURITY_POLICY } from '../security/csp';

type Handler = (request: { url: string }) => Promise<Response>;
let handler: Handler | undefined;
const privileged: unknown[] = [];
vi.mock('electron', () => ({
  protocol: {
    handle: (_scheme: string, fn: Handler) => void (handler = fn),
    registerSchemesAsPrivileged: (schemes: unknown[]) => void privileged.push(...schemes),
  },
}));

const { registerAppScheme, serveRenderer } = await import('./protocol');

// tmp/renderer is served; tmp/secret.txt and tmp/renderer-evil/x.txt sit right beside it.
const root = mkdtempSync(join(tmpdir(), 'baocao-protocol-'));
const rendererDir = join(root, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
mkdirSync(join(root, 'renderer-evil'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
writeFileSync(join(root, 'secret.txt'), 'SECRET');
writeFileSync(join(root, 'renderer-evil', 'x.txt'), 'SECRET');
serveRenderer(rendererDir);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function get(url: string): Promise<{ status: number; body: string; headers: Headers }> {
  if (!handler) throw new Error('no app:// handler registered');
  const response = await handler({ url });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

describe('the app:// protocol handler', () => {
  it('registers app:// as a standard, secure scheme without fetch access', () => {
    registerAppScheme();
    expect(privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: false } }]);
  });

  it('serves the renderer\'s own files with their type', async () => {
    const page = await get('app://bundle/index.html');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>app</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await get('app://bundle/')).body).toContain('<title>app</title>');
    const script = await get('app://bundle/assets/index.js?v=1');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['plain dot segments', 'app://bundle/../secret.txt'],
    ['dot segments below a folder', 'app://bundle/assets/../../secret.txt'],
    ['encoded dots', 'app://bundle/%2e%2e/secret.txt'],
    ['encoded dots and slash', 'app://bundle/%2e%2e%2fsecret.txt'],
    ['dots with an encoded slash', 'app://bundle/..%2fsecret.txt'],
    ['upper-case encodings', 'app://bundle/%2E%2E%2Fsecret.txt'],
    ['a sibling folder sharing the prefix', 'app://bundle/..%2frenderer-evil%2fx.txt'],
    ['backslashes', 'app://bundle/..\\secret.txt'],
    ['encoded backslashes', 'app://bundle/..%5csecret.txt'],
    ['double encoding', 'app://bundle/%252e%252e%252fsecret.txt'],
    ['an absolute path', `app://bundle/${encodeURIComponent(join(root, 'secret.txt'))}`],
    ['an absolute path after a double slash', `app://bundle//${join(root, 'secret.txt')}`],
    ['a Windows drive path', 'app://bundle/C:%5CWindows%5Cwin.ini'],
    ['a NUL byte', 'app://bundle/index.html%00.txt'],
    ['a broken escape', 'app://bundle/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another host spelling the bundle as a prefix', 'app://bundle.evil/index.html'],
  ])('refuses %s with a Vietnamese 404 and never reads outside the renderer', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.body).toBe('Không tìm thấy');
    expect(response.body).not.toContain('SECRET');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  const directivesOf = (policy: string) =>
    new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));

  it('sends the app CSP on every answer: no framing, no form posts, nothing from elsewhere', async () => {
    for (const url of ['app://bundle/index.html', 'app://bundle/assets/index.js', 'app://bundle/missing.js']) {
      const { headers } = await get(url);
      expect(headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
    }
    const directives = directivesOf(CONTENT_SECURITY_POLICY);
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    // The app frames only its own page document (the preview and browser-mode "In").
    expect(directives.get('frame-src')).toBe("'self'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    for (const [name, value] of directives) expect(value, name).not.toMatch(/\*|https?:|'unsafe-(inline|eval)'/);
  });

  it('sends the page document its own CSP: framed only by the app, connecting and framing nowhere', async () => {
    const { headers } = await get('app://bundle/page/page.html');
    expect(headers.get('content-security-policy')).toBe(PAGE_CONTENT_SECURITY_POLICY);
    const directives = directivesOf(PAGE_CONTENT_SECURITY_POLICY);
    expect(directives.get('frame-ancestors')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('frame-src')).toBe("'none'");
    expect(directives.get('img-src')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    for (const [name, value] of directives) expect(value, name).not.toMatch(/\*|https?:|'unsafe-(inline|eval)'/);
  });

  it.each([
    ['src-renderer/index.html', CONTENT_SECURITY_POLICY],
    ['src-renderer/page/page.html', PAGE_CONTENT_SECURITY_POLICY],
  ])("%s carries the served CSP in its <meta>, less the directives a <meta> cannot carry", (file, policy) => {
    const html = readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const headerOnly = /^(frame-ancestors|report-uri|sandbox)\b/;
    const served = policy.split(';').map((d) => d.trim()).filter((d) => !headerOnly.test(d));
    expect(meta?.split(';').map((d) => d.trim())).toEqual(served);
  });
});
