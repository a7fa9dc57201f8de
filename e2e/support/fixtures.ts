/**
 * Per-test fixtures: a fresh app (real services, own data folder) and a page opened on it,
 * ready when `<html data-ready="true">`. A test fails on page errors and CSP violations.
 */
import { test as base, expect } from '@playwright/test';
import { DraftListPage } from '../pages/draft-list-page';
import { EditorPage } from '../pages/editor-page';
import { startTestApp, type TestApp } from './app-server';

interface Fixtures {
  app: TestApp;
  drafts: DraftListPage;
  editor: EditorPage;
}

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from its destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await startTestApp();
    try {
      await use(app);
    } finally {
      await app.close();
    }
  },
  page: async ({ page, app }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) {
        problems.push(`CSP: ${message.text()}`);
      }
    });
    await page.goto(app.url);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await use(page);
    expect(problems, 'page errors or CSP violations').toEqual([]);
  },
  drafts: async ({ page }, use) => {
    await use(new DraftListPage(page));
  },
  editor: async ({ page }, use) => {
    await use(new EditorPage(page));
  },
});

export { expect };
