/** Starts the real services on a fresh temporary data folder behind the loopback HTTP transport. */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveDataFolder } from '../../src-main/http/serve-data-folder';

export interface TestApp {
  url: string;
  dataDir: string;
  exportDir: string;
  close(): Promise<void>;
}

/** The built renderer; `electron-vite build` makes it before the e2e run. */
export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');

/** One isolated app per test: its own data and export folders, removed on close. */
export async function startTestApp(): Promise<TestApp> {
  const root = await mkdtemp(join(tmpdir(), 'baocao-e2e-'));
  const dataDir = join(root, 'data');
  const exportDir = join(root, 'exports');
  await mkdir(exportDir, { recursive: true });
  // The same composition as `npm run dev:browser`, lock included. Exports and backups land in
  // exportDir; a restore takes the newest zip there.
  const served = await serveDataFolder({ dataDir, exportDir, staticDir: RENDERER_DIR, version: 'e2e' });
  return {
    url: served.url,
    dataDir,
    exportDir,
    async close() {
      await served.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
