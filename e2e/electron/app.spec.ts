/**
 * The real Electron app: window title, the sandboxed renderer (bridge present, no Node), and a
 * draft created through the UI that survives a restart. Skipped where no Electron binary exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { DraftListPage } from '../pages/draft-list-page';
import { EditorPage } from '../pages/editor-page';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/**
 * The Electron executable, found without `require('electron')`: that require downloads the
 * binary when it is missing, which hangs or fails on an offline machine.
 */
function electronBinary(): string | null {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const relative = readFileSync(pathFile, 'utf8').trim();
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const binary = override ? join(override, relative) : join(packageDir, 'dist', relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const BINARY = electronBinary();
const SKIP_REASON = 'No Electron binary: the electron package downloads it on first start, which this offline machine cannot do';
if (!BINARY) console.log(`[electron e2e] skipped. ${SKIP_REASON}`);

async function launch(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: BINARY ?? undefined,
    args: ['.'],
    cwd: REPO_ROOT,
    env: { ...process.env, BAOCAO_DATA_DIR: dataDir },
  });
  const page = await app.firstWindow();
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  return { app, page };
}

test.describe('Electron app', () => {
  test.skip(!BINARY, SKIP_REASON);

  let dataDir = '';
  test.beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'baocao-electron-'));
  });
  test.afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  test('opens a sandboxed window and keeps a draft created through the UI', async () => {
    const first = await launch(dataDir);
    try {
      expect(await first.page.title()).toBe('Soạn Báo Cáo');
      const isolation = await first.page.evaluate(() => ({
        bridge: typeof (window as unknown as { baocao?: unknown }).baocao,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (globalThis as unknown as { process?: unknown }).process,
      }));
      expect(isolation).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' });

      const drafts = new DraftListPage(first.page);
      const editor = new EditorPage(first.page);
      await drafts.createDraft();
      await editor.field('title').fill('Báo cáo tạo trong Electron');
      await editor.expectSaved();
      await editor.back();
      await expect(drafts.row('Báo cáo tạo trong Electron')).toHaveCount(1);
    } finally {
      await first.app.close();
    }

    const second = await launch(dataDir);
    try {
      await expect(new DraftListPage(second.page).row('Báo cáo tạo trong Electron')).toHaveCount(1);
    } finally {
      await second.app.close();
    }
  });
});
