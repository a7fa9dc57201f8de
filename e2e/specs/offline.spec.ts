/**
 * Offline for real: a full session (create, edit, search, export, backup) makes no network attempt.
 * Two counters: every request the page's context makes that is not to the app's own loopback
 * origin (must be none), and a trap proxy the browser is launched with, which sees everything the
 * browser process itself sends and answers 502 so nothing leaves the machine.
 *
 * The test browser (Debian's Chromium) has Google services Electron does not ship: a component
 * updater, network time, account sign-in and the autofill server. They call out even with every
 * background-networking switch Playwright passes, and cannot be switched off from here without
 * replacing Playwright's own `--disable-features` list. The trap names exactly those endpoints as
 * the browser's own and fails on any other destination.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test as appTest } from '../support/fixtures';

interface EgressTrap {
  url: string;
  /** Every request that reached the proxy, as `METHOD target`. */
  attempts: string[];
  close(): Promise<void>;
}

/** An HTTP proxy on 127.0.0.1 that records every request and CONNECT, and serves none of them. */
async function startEgressTrap(): Promise<EgressTrap> {
  const attempts: string[] = [];
  const server = createServer((req, res) => {
    attempts.push(`${req.method ?? '?'} ${req.url ?? ''}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    attempts.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The test browser's own Google services (absent from Electron), by the host the proxy sees. */
const BROWSER_SERVICES = new Map([
  ['update.googleapis.com', 'component updater'],
  ['clients2.google.com', 'network time'],
  ['accounts.google.com', 'account sign-in (ListAccounts)'],
  ['content-autofill.googleapis.com', 'autofill server'],
]);

/** The host of a proxied attempt: `CONNECT host:443` or `METHOD http://host/path`. */
function attemptHost(attempt: string): string {
  const target = attempt.slice(attempt.indexOf(' ') + 1);
  return attempt.startsWith('CONNECT ') ? target.replace(/:\d+$/, '') : new URL(target).hostname;
}

/** A request the app may make: its own origin, or data: URLs, which never touch the network. */
function isOwn(url: string, origin: string): boolean {
  return url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;
}

const test = appTest.extend<{ seen: string[] }, { egress: EgressTrap }>({
  // Playwright reads a fixture's dependencies from its destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  egress: [async ({}, use) => {
    const trap = await startEgressTrap();
    await use(trap);
    await trap.close();
  }, { scope: 'worker' }],
  // The browser of this file goes through the trap. Chromium still reaches loopback directly
  // (its implicit bypass), so the app works while every other destination hits the trap.
  browser: [async ({ playwright, launchOptions, egress }, use) => {
    const browser = await playwright.chromium.launch({
      ...launchOptions,
      args: [...(launchOptions.args ?? []), `--proxy-server=${egress.url}`],
    });
    await use(browser);
    await browser.close();
  }, { scope: 'worker' }],
  // eslint-disable-next-line no-empty-pattern
  seen: async ({}, use) => {
    await use([]);
  },
  // Listening on the context before the page fixture opens the app catches the first load too.
  context: async ({ context, seen }, use) => {
    context.on('request', (request) => void seen.push(request.url()));
    await use(context);
  },
});

test('a full session makes no request outside the app, and the browser sends nothing beyond its own services', async ({ app, browser, drafts, editor, egress, nav, page, seen, settings }) => {
  page.on('websocket', (socket) => void seen.push(socket.url()));

  await drafts.createDraft();
  await editor.field('issuingAgency').fill('SỞ TƯ PHÁP');
  await editor.fill('title', 'Kết quả công tác tư pháp quý III năm 2025');
  await editor.addSection();
  await editor.sectionTitle('0').fill('TÌNH HÌNH THỰC HIỆN');
  await editor.content('0').fill('Trong quý, Sở đã tiếp nhận và giải quyết đúng hạn các hồ sơ về hộ tịch, chứng thực.');
  await editor.expectSaved();

  const docx = await editor.exportDocx();
  expect(existsSync(docx), `${docx} was written`).toBe(true);
  await editor.back();

  await drafts.search('tu phap quy III');
  await expect(drafts.searchSummary).toContainText('Tìm thấy');
  await expect(drafts.rows).toHaveCount(1);

  await nav.go('settings');
  const backup = await settings.backupNow();
  expect(existsSync(backup), `${backup} was written`).toBe(true);
  await nav.go('drafts');
  await drafts.reload();

  // The counters saw the session: the app's own requests were observed, none went elsewhere.
  expect(seen.filter((url) => url.startsWith(app.url)).length).toBeGreaterThan(10);
  expect(seen.filter((url) => !isOwn(url, app.url)), 'requests outside the app').toEqual([]);
  const fromBrowser = egress.attempts.filter((attempt) => BROWSER_SERVICES.has(attemptHost(attempt)));
  expect(egress.attempts.filter((attempt) => !fromBrowser.includes(attempt)), 'network attempts through the browser').toEqual([]);
  test.info().annotations.push({
    type: 'browser background traffic',
    description: fromBrowser.length === 0 ? 'none' : [...new Set(fromBrowser.map(attemptHost))].map((h) => `${h} (${BROWSER_SERVICES.get(h)})`).join(', '),
  });

  // The trap is live: a page that does go online in this same browser is caught by it.
  const probe = await browser.newContext();
  try {
    const response = await (await probe.newPage()).goto('http://offline-probe.example/').catch(() => null);
    expect(response?.status() ?? 502).toBe(502);
  } finally {
    await probe.close();
  }
  expect(egress.attempts).toContain('GET http://offline-probe.example/');
});
