/**
 * Per-test fixtures: a fresh app (real services, own data folder) and a page opened on it,
 * ready when `<html data-ready="true">`. A test fails on page errors and CSP violations.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { AppNav } from '../pages/app-nav';
import { DraftListPage } from '../pages/draft-list-page';
import { EditorPage } from '../pages/editor-page';
import { HistoryPage } from '../pages/history-page';
import { SettingsPage } from '../pages/settings-page';
import { TrashPage } from '../pages/trash-page';
import { startTestApp, type TestApp } from './app-server';

/** Fixture drafts in e2e/fixtures/drafts, by file name without `.json`. */
export type SeedName = 'seed-quang-tri' | 'seed-quang-ngai' | 'full-feature';

/** Imports fixture drafts through the API (each becomes a new draft), then reloads the list. */
export type Seed = (...names: SeedName[]) => Promise<void>;

const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/drafts');

interface Fixtures {
  app: TestApp;
  drafts: DraftListPage;
  editor: EditorPage;
  nav: AppNav;
  trash: TrashPage;
  history: HistoryPage;
  settings: SettingsPage;
  seed: Seed;
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
  nav: async ({ page }, use) => {
    await use(new AppNav(page));
  },
  trash: async ({ page }, use) => {
    await use(new TrashPage(page));
  },
  history: async ({ page }, use) => {
    await use(new HistoryPage(page));
  },
  settings: async ({ page }, use) => {
    await use(new SettingsPage(page));
  },
  seed: async ({ page, drafts }, use) => {
    await use(async (...names) => {
      for (const name of names) {
        const content = await readFile(resolve(FIXTURE_DIR, `${name}.json`), 'utf8');
        const answer = await page.evaluate(async (body) => {
          const response = await fetch('/api/importDrafts', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          });
          return (await response.json()) as { ok: boolean; error?: { message: string } };
        }, { fileName: `${name}.json`, content });
        expect(answer.ok, `seeding ${name}: ${answer.error?.message ?? ''}`).toBe(true);
      }
      await drafts.reload();
    });
  },
});

export { expect };
