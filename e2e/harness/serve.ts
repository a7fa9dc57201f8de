/**
 * Serves the built harness on 127.0.0.1 with the renderer's security headers (the production
 * CSP). `/nocsp/…` serves the same files without a CSP, so a test can prove that pasted markup
 * never runs by itself, not only because the CSP would stop it; `/beacon.png` counts requests,
 * so a test can prove that no pasted image was ever loaded.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { SECURITY_HEADERS } from '../../src-main/security/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface HarnessServer {
  url: string;
  beaconHits: () => number;
  close: () => Promise<void>;
}

/** Serves `dir` until closed. */
export async function serveHarness(dir: string): Promise<HarnessServer> {
  let beacons = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/beacon')) {
      beacons++;
      res.writeHead(204).end();
      return;
    }
    const noCsp = url.pathname.startsWith('/nocsp/');
    const requested = normalize((noCsp ? url.pathname.slice('/nocsp'.length) : url.pathname).replace(/^\/+/, ''));
    if (requested.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    const path = requested === '.' || requested.endsWith('/') ? join(requested, 'index.html') : requested;
    readFile(join(dir, path))
      .then((body) => {
        const headers: Record<string, string> = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
        if (!noCsp) Object.assign(headers, SECURITY_HEADERS);
        res.writeHead(200, headers).end(body);
      })
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    beaconHits: () => beacons,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
