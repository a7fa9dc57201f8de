/** Starts the real services on a fresh temporary data folder behind the loopback HTTP transport. */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startLoopbackServer } from '../../src-main/http/loopback-server';
import { folderDialogs, openServices } from '../../src-main/services/open-services';

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
  // Exports and backups land in exportDir; a restore takes the newest zip there (folderDialogs).
  const services = await openServices({ dataDir, version: 'e2e', transport: 'http', dialogs: folderDialogs(exportDir), eagerSearch: true });
  const server = await startLoopbackServer({
    handlers: services.handlers,
    staticDir: RENDERER_DIR,
    onUnexpected: (error) => console.error(error),
  });
  return {
    url: server.url,
    dataDir,
    exportDir,
    async close() {
      await server.close();
      await services.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
