/**
 * The Content-Security-Policy of the renderer, sent by both transports (and the headless PDF
 * route) and mirrored in the documents' <meta> tags. Two documents, one policy each:
 * - the app (index.html) may frame only its own page document and may be framed by nobody;
 * - the page document (page/page.html: preview, print, PDF) loads nothing but the app's own
 *   scripts, styles and fonts, connects nowhere, frames nothing, and may be framed only by the
 *   app itself (the preview and browser-mode "In").
 */
const COMMON = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** The app's own document and everything else served. */
export const CONTENT_SECURITY_POLICY = [
  ...COMMON,
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The page document: nothing but the app's files, framed only by the app. */
export const PAGE_CONTENT_SECURITY_POLICY = [...COMMON, "img-src 'none'", "connect-src 'none'", "frame-src 'none'", "frame-ancestors 'self'"].join('; ');

/** Where the page document and its assets are served (relative to the renderer root). */
export const PAGE_DOCUMENT_DIR = 'page/';

const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** Headers every renderer response carries. */
export const SECURITY_HEADERS: Record<string, string> = { ...BASE_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY };

/** The headers for a response to `urlPath` (e.g. "/page/page.html"): the page document gets its own policy. */
export function securityHeadersFor(urlPath: string): Record<string, string> {
  const path = urlPath.replace(/^\/+/, '');
  return path.startsWith(PAGE_DOCUMENT_DIR) ? { ...BASE_HEADERS, 'Content-Security-Policy': PAGE_CONTENT_SECURITY_POLICY } : SECURITY_HEADERS;
}
