/** Serves the built renderer on app://bundle/ with the CSP, refusing paths outside it. */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { securityHeadersFor } from '../security/csp';
import { mimeOf, resolveStaticPath } from '../security/static-files';
import { APP_HOST, APP_SCHEME } from './security-settings';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } },
  ]);
}

/** Answers app:// requests from `rendererDir`. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null;
    const headers = securityHeadersFor(url.pathname);
    if (!file) return new Response('Không tìm thấy', { status: 404, headers });
    try {
      const body = await readFile(file);
      return new Response(body, { headers: { ...headers, 'Content-Type': mimeOf(file) } });
    } catch {
      return new Response('Không tìm thấy', { status: 404, headers });
    }
  });
}
