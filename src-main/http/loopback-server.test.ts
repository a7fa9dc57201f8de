import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type Handlers } from '../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { startLoopbackServer, type LoopbackServer } from './loopback-server';

const handlers = Object.fromEntries(METHOD_NAMES.map((m) => [m, async () => []])) as unknown as Handlers;

/** A raw request, so Host and Origin can be forged the way a hostile page would. */
function raw(url: string, path: string, headers: Record<string, string>, method = 'GET', body = ''): Promise<{ status: number; text: string; headers: Record<string, unknown> }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('loopback server', () => {
  let root: string;
  let server: LoopbackServer;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'baocao-http-'));
    await mkdir(join(root, 'public'));
    await writeFile(join(root, 'public', 'index.html'), '<p>ok</p>');
    await writeFile(join(root, 'secret.txt'), 'secret');
    server = await startLoopbackServer({ handlers, staticDir: join(root, 'public') });
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('binds to 127.0.0.1 and serves the renderer with the CSP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/`);
    expect(await res.text()).toBe('<p>ok</p>');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });

  it('refuses paths that escape the renderer folder', async () => {
    const host = new URL(server.url).host;
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await raw(server.url, path, { Host: host });
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('secret');
    }
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const host = new URL(server.url).host;
    expect((await raw(server.url, '/', { Host: 'evil.example:80' })).status).toBe(403);
    const foreign = await raw(server.url, '/api/listDrafts', { Host: host, Origin: 'http://evil.example', 'Content-Type': 'application/json' }, 'POST', '{}');
    expect(foreign.status).toBe(403);
  });

  it('answers bad JSON and non-JSON bodies with a clear error value', async () => {
    const bad = await fetch(`${server.url}/api/listDrafts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{oops' });
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const text = await fetch(`${server.url}/api/listDrafts`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
  });
});
