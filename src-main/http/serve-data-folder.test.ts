import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../cli/main';
import type { CliIo } from '../cli/io';
import { openServices, noDialogs } from '../services/open-services';
import { liveLockHolder, lockPath } from '../storage/lock';
import { dataPaths } from '../storage/paths';
import { removeDir, tempDir } from '../storage/test-support';
import { serveDataFolder } from './serve-data-folder';

let root: string;
let dataDir: string;
beforeEach(async () => {
  root = await tempDir('baocao-serve-');
  dataDir = join(root, 'data');
});
afterEach(() => removeDir(root));

const quiet: CliIo & { err: (line: string) => void; errors: string[] } = Object.assign(
  { out: () => undefined, errors: [] as string[] },
  { err(line: string) { quiet.errors.push(line); } },
);

async function call(url: string, method: string, args: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const response = await fetch(`${url}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) });
  return (await response.json()) as { ok: boolean };
}

describe('a served data folder holds the lock', () => {
  it('keeps `baocao trash empty` from deleting what the running server just trashed', async () => {
    const served = await serveDataFolder({ dataDir, exportDir: join(root, 'exports'), staticDir: root, version: 'test' });
    try {
      const created = (await call(served.url, 'createDraft', {})) as { value: { meta: { id: string } } };
      const id = created.value.meta.id;
      expect((await call(served.url, 'deleteDraft', { id })).ok).toBe(true);
      expect(await liveLockHolder(dataDir)).toMatchObject({ pid: process.pid });

      quiet.errors.length = 0;
      const code = await main(['trash', 'empty', '--data-dir', dataDir], quiet);
      expect(code).toBe(3);
      expect(quiet.errors.join('\n')).toMatch(/đang mở thư mục dữ liệu/);
      const trash = (await call(served.url, 'listTrash', {})) as { value: Array<{ id: string }> };
      expect(trash.value.map((t) => t.id)).toEqual([id]);
    } finally {
      await served.close();
    }
    // Once the server is gone the command does its work.
    expect(await liveLockHolder(dataDir)).toBeUndefined();
    expect(await main(['trash', 'empty', '--data-dir', dataDir], quiet)).toBe(0);
    expect(await readdir(dataPaths(dataDir).trash).catch(() => [])).toEqual([]);
  });

  it('refuses to serve a folder another live process holds, and changes nothing there', async () => {
    await mkdir(dataDir, { recursive: true });
    // The parent process is alive and started before now: a live holder that is not us.
    const other = JSON.stringify({ pid: process.ppid, startedAt: new Date().toISOString(), hostname: hostname() });
    await writeFile(lockPath(dataDir), other);
    await expect(serveDataFolder({ dataDir, exportDir: join(root, 'exports'), staticDir: root, version: 'test' })).rejects.toThrow(
      new RegExp(`tiến trình ${process.ppid}`),
    );
    expect(await liveLockHolder(dataDir)).toMatchObject({ pid: process.ppid });
  });
});

describe('the app is told when it cannot take the lock', () => {
  it('opens the folder and adds a notice naming the lock file', async () => {
    // A folder where the lock file should be makes every write of it fail.
    await mkdir(join(lockPath(dataDir), 'blocked'), { recursive: true });
    const services = await openServices({ dataDir, version: 'test', transport: 'ipc', dialogs: noDialogs, lock: 'take-over' });
    try {
      const notices = await services.handlers.getNotices({});
      expect(notices.join('\n')).toContain('Không tạo được tệp khóa');
      expect(notices.join('\n')).toContain('app.lock');
      // The folder still works.
      const draft = await services.handlers.createDraft({});
      expect((await services.handlers.listDrafts({})).map((d) => d.id)).toContain(draft.meta.id);
    } finally {
      services.dispose();
      await services.close();
      services.releaseLock();
    }
  });
});
