/**
 * Fixtures of the rich-text e2e: the harness built and served once per worker, a page opened
 * on it that fails the test on page errors and CSP violations, and the harness page object.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { buildHarness } from './build';
import { RichTextPage } from './richtext-page';
import { serveHarness, type HarnessServer } from './serve';

interface Fixtures {
  rt: RichTextPage;
  /** Opens the harness without a CSP (only the hostile-paste test uses it). */
  openWithoutCsp: () => Promise<void>;
}

export const test = base.extend<Fixtures, { harness: HarnessServer }>({
  harness: [
    // Playwright reads a fixture's dependencies from its destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = await mkdtemp(join(tmpdir(), 'richtext-harness-'));
      await buildHarness(dir);
      const server = await serveHarness(dir);
      try {
        await use(server);
      } finally {
        await server.close();
        await rm(dir, { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],
  page: async ({ page, harness }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { cspViolations?: string[] };
        (w.cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(harness.url);
    await page.getByTestId('body').locator('.ProseMirror').waitFor();
    await use(page);
    const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []).catch(() => []);
    expect([...problems, ...violations], 'page errors or CSP violations').toEqual([]);
  },
  rt: async ({ page }, use) => {
    await use(new RichTextPage(page));
  },
  openWithoutCsp: async ({ page, harness }, use) => {
    await use(async () => {
      await page.goto(`${harness.url}nocsp/index.html`);
      await page.getByTestId('body').locator('.ProseMirror').waitFor();
    });
  },
});

export { expect };

/** Serious and critical axe violations of the page as it is now, one line each. */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
