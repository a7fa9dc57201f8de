/**
 * The loopback HTTP transport: the built renderer plus `POST /api/<method>` on 127.0.0.1, serving
 * the same handlers as IPC. Used by the e2e tests and the browser-only dev mode, never by the app.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import { fail } from '../shared/api/errors';
import { SECURITY_HEADERS, securityHeadersFor } from '../security/csp';
import { mimeOf, resolveStaticPath } from '../security/static-files';

/** Bodies above this size are refused before parsing. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface LoopbackServerOptions {
  handlers: Handlers;
  /** The built renderer folder (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  onUnexpected?: (error: unknown) => void;
}

export interface LoopbackServer {
  url: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Only our own origin may call: a check on Host (DNS rebinding) and Origin (other local pages). */
function isSameOrigin(req: IncomingMessage, origin: string): boolean {
  const host = req.headers.host;
  if (!host || `http://${host}` !== origin) return false;
  const from = req.headers.origin;
  return from === undefined || from === origin;
}

async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, options: LoopbackServerOptions): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, fail('FORBIDDEN', 'Phương thức không được phép'));
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, fail('INVALID_ARGUMENT', 'Yêu cầu phải ở dạng JSON'));
  }
  const text = await readBody(req);
  if (text === null) return sendJson(res, 413, fail('INVALID_ARGUMENT', 'Dữ liệu gửi lên quá lớn'));
  let args: unknown;
  try {
    args = text.trim() ? JSON.parse(text) : {};
  } catch {
    return sendJson(res, 400, fail('INVALID_ARGUMENT', 'Dữ liệu gửi lên không phải JSON hợp lệ'));
  }
  sendJson(res, 200, await dispatch(options.handlers, method, args, options.onUnexpected));
}

async function handleStatic(req: IncomingMessage, res: ServerResponse, staticDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, SECURITY_HEADERS);
    return void res.end();
  }
  const file = resolveStaticPath(staticDir, req.url ?? '/');
  const headers = securityHeadersFor((req.url ?? '/').split('?')[0] ?? '/');
  try {
    if (!file) throw new Error('outside');
    const body = await readFile(file);
    res.writeHead(200, { ...headers, 'Content-Type': mimeOf(file), 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Không tìm thấy');
  }
}

/** Starts the server on 127.0.0.1 and resolves once it listens. */
export async function startLoopbackServer(options: LoopbackServerOptions): Promise<LoopbackServer> {
  let origin = '';
  const server = createServer((req, res) => {
    if (!isSameOrigin(req, origin)) return sendJson(res, 403, fail('FORBIDDEN', 'Yêu cầu bị từ chối'));
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const api = /^\/api\/([A-Za-z]+)$/.exec(path);
    const work = api?.[1] ? handleApi(req, res, api[1], options) : handleStatic(req, res, options.staticDir);
    work.catch((error: unknown) => {
      options.onUnexpected?.(error);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'Đã xảy ra lỗi không mong muốn'));
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
