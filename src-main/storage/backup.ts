/**
 * Backups: every draft (list and trash), the revision history and the settings in one zip
 * (fflate), written durably. Automatic backups go once a day into `backups/`, outside `drafts/`,
 * as `auto-YYYY-MM-DD.zip`, the newest 7 kept. A restore adds the drafts of a backup as NEW
 * drafts (new ids, with their history) and never touches the drafts already there; reading a
 * backup is backup-read.ts, restoring it backup-restore.ts.
 */
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import type { BackupInfo } from '../shared/api/contract';
import { localDay } from '../shared/domain/history-policy';
import { durableWriteFile, ioError, type DurableWriteOptions } from './durable-write';
import { isNotFound, nodeFs, statOrUndefined, type StorageFs } from './fs-layer';
import { dataPaths } from './paths';

export const BACKUP_FORMAT = 'soan-bao-cao-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** How many automatic backups are kept (one a day, so a week). */
export const AUTO_BACKUPS_KEPT = 7;
const AUTO_NAME = /^auto-(\d{4}-\d{2}-\d{2})\.zip$/;

/** Names of the entries a restore reads: a draft, and a revision of a draft. */
export const DRAFT_ENTRY = /^drafts\/([A-Za-z0-9_-]{6,64})\.json$/;
export const REVISION_ENTRY = /^history\/([A-Za-z0-9_-]{6,64})\/(\d{1,9})\.json$/;

/** Options shared by the backup functions. */
export interface BackupOptions {
  dataDir: string;
  fs?: StorageFs;
  clock?: () => Date;
  write?: Omit<DurableWriteOptions, 'fs'>;
  appVersion?: string;
}

const yieldToEvents = () => new Promise((resolve) => setImmediate(resolve));

/** The files a backup holds, as [name in the zip, path on disk]; temp files are left out. */
async function collect(fs: StorageFs, dataDir: string): Promise<Array<[string, string]>> {
  const paths = dataPaths(dataDir);
  const list = async (dir: string) => (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
  const files: Array<[string, string]> = [];
  for (const [folder, dir] of [['drafts', paths.drafts], ['trash', paths.trash]] as const) {
    for (const name of await list(dir)) files.push([`${folder}/${name}`, join(dir, name)]);
  }
  for (const id of await fs.readdir(paths.history).catch(() => [] as string[])) {
    if (id.startsWith('.')) continue;
    for (const name of await list(join(paths.history, id))) files.push([`history/${id}/${name}`, join(paths.history, id, name)]);
  }
  files.push(['settings.json', join(dataDir, 'settings.json')]);
  return files;
}

/** Writes a backup zip of `dataDir` to `target` durably; answers how many drafts it holds. */
export async function writeBackup(target: string, options: BackupOptions): Promise<{ drafts: number; size: number }> {
  const fs = options.fs ?? nodeFs;
  const chunks: Uint8Array[] = [];
  let failure: unknown;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else chunks.push(data);
  });
  const add = (name: string, bytes: Uint8Array) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(bytes, true);
  };
  let drafts = 0;
  let count = 0;
  try {
    for (const [name, path] of await collect(fs, options.dataDir)) {
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(path);
      } catch (error) {
        if (isNotFound(error)) continue; // deleted or replaced meanwhile; the next backup has it
        throw error;
      }
      add(name, bytes);
      if (DRAFT_ENTRY.test(name)) drafts++;
      // Compressing thousands of files is CPU work: let IPC and autosaves through now and then.
      if (++count % 50 === 0) await yieldToEvents();
    }
    const manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: (options.clock ?? (() => new Date()))().toISOString(),
      appVersion: options.appVersion ?? '',
      drafts,
    };
    add('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    zip.end();
    if (failure) throw failure;
    const bytes = Buffer.concat(chunks);
    await durableWriteFile(target, bytes, { createDir: true, ...options.write, fs });
    return { drafts, size: bytes.length };
  } catch (error) {
    throw ioError(error, 'sao lưu');
  }
}

/** The name of a manual backup made at `at`, e.g. "sao-luu-soan-bao-cao-2025-03-04-081500.zip". */
export function manualBackupName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `sao-luu-soan-bao-cao-${localDay(at)}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}.zip`;
}

/** The backups in the automatic-backup folder, newest first. */
export async function listBackups(options: BackupOptions): Promise<BackupInfo[]> {
  const fs = options.fs ?? nodeFs;
  const dir = dataPaths(options.dataDir).backups;
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.zip') && !n.startsWith('.'));
  const infos: BackupInfo[] = [];
  for (const name of names) {
    const stat = await statOrUndefined(fs, join(dir, name)).catch(() => undefined);
    if (!stat?.isFile()) continue;
    infos.push({ name, createdAt: new Date(stat.mtimeMs).toISOString(), size: stat.size, kind: AUTO_NAME.test(name) ? 'auto' : 'manual' });
  }
  return infos.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/**
 * Makes today's automatic backup unless it exists, then keeps the newest AUTO_BACKUPS_KEPT (by
 * the date in the name). Answers the new backup's name, or undefined when today's was there.
 */
export async function ensureDailyBackup(options: BackupOptions): Promise<string | undefined> {
  const fs = options.fs ?? nodeFs;
  const dir = dataPaths(options.dataDir).backups;
  const name = `auto-${localDay((options.clock ?? (() => new Date()))())}.zip`;
  let made: string | undefined;
  if (!(await statOrUndefined(fs, join(dir, name)))) {
    await writeBackup(join(dir, name), options);
    made = name;
  }
  const autos = (await fs.readdir(dir)).filter((n) => AUTO_NAME.test(n)).sort().reverse();
  for (const old of autos.slice(AUTO_BACKUPS_KEPT)) await fs.unlink(join(dir, old)).catch(() => undefined);
  return made;
}
