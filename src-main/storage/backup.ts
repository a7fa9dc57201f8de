/**
 * Backups: every draft (list and trash), the revision history and the settings in one zip
 * (fflate), written durably. Automatic backups go once a day into `backups/`, outside `drafts/`,
 * as `auto-YYYY-MM-DD.zip`, the newest 7 kept. A restore adds the drafts of a backup as NEW
 * drafts (new ids, with their history) and never touches the drafts already there.
 */
import { join } from 'node:path';
import { strFromU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import type { BackupInfo } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import { localDay } from '../shared/domain/history-policy';
import { durableWriteFile, ioError, type DurableWriteOptions } from './durable-write';
import { isNotFound, nodeFs, statOrUndefined, type StorageFs } from './fs-layer';
import { dataPaths } from './paths';

export const BACKUP_FORMAT = 'soan-bao-cao-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** How many automatic backups are kept (one a day, so a week). */
export const AUTO_BACKUPS_KEPT = 7;
/** A backup file above this size is refused before it is read. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;
/** Uncompressed limits, so a damaged or hostile zip cannot exhaust memory. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;
const AUTO_NAME = /^auto-(\d{4}-\d{2}-\d{2})\.zip$/;

const DRAFT_ENTRY = /^drafts\/([A-Za-z0-9_-]{6,64})\.json$/;
const REVISION_ENTRY = /^history\/([A-Za-z0-9_-]{6,64})\/(\d{1,9})\.json$/;

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

/** A revision found in a backup, still raw. */
export interface BackupRevision {
  revision: number;
  raw: unknown;
}

/** What a backup holds, raw: drafts by their id in the backup, each with its revisions. */
export interface BackupContent {
  drafts: Map<string, { raw: unknown; revisions: BackupRevision[] }>;
  /** Files that could not be read, as Vietnamese messages. */
  problems: string[];
}

const refuse = (message: string) => new AppError('INVALID_ARGUMENT', message);

/** Reads and checks a backup zip; throws AppError when it is not a usable backup of this app. */
export async function readBackup(path: string, fs: StorageFs = nodeFs): Promise<BackupContent> {
  let bytes: Buffer;
  try {
    const size = (await fs.stat(path)).size;
    if (size > MAX_BACKUP_BYTES) throw refuse(`Tệp sao lưu quá lớn (${(size / 1024 / 1024).toFixed(0)} MB).`);
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw ioError(error, 'đọc tệp sao lưu');
  }
  let total = 0;
  let tooBig = false;
  let files;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== 'manifest.json' && !DRAFT_ENTRY.test(file.name) && !REVISION_ENTRY.test(file.name)) return false;
        total += file.originalSize;
        if (file.originalSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) tooBig = true;
        return !tooBig;
      },
    });
  } catch {
    throw refuse('Tệp sao lưu bị hỏng hoặc không phải tệp .zip (có thể do chép dở).');
  }
  if (tooBig) throw refuse('Tệp sao lưu chứa dữ liệu quá lớn so với một bản sao lưu bình thường; không khôi phục.');
  const manifestBytes = files['manifest.json'];
  let manifest: { format?: unknown; formatVersion?: unknown } | undefined;
  try {
    manifest = manifestBytes ? (JSON.parse(strFromU8(manifestBytes)) as typeof manifest) : undefined;
  } catch {
    manifest = undefined;
  }
  if (manifest?.format !== BACKUP_FORMAT) throw refuse('Tệp này không phải bản sao lưu của Soạn Báo Cáo.');
  if (typeof manifest.formatVersion !== 'number' || manifest.formatVersion > BACKUP_FORMAT_VERSION) {
    throw refuse(
      `Bản sao lưu do phiên bản ứng dụng mới hơn tạo ra (định dạng ${String(manifest.formatVersion)}; ứng dụng này đọc được ` +
        `đến ${BACKUP_FORMAT_VERSION}). Hãy cập nhật ứng dụng Soạn Báo Cáo.`,
    );
  }
  const content: BackupContent = { drafts: new Map(), problems: [] };
  const parse = (name: string, data: Uint8Array): unknown => {
    try {
      return JSON.parse(strFromU8(data).replace(/^\uFEFF/, ''));
    } catch {
      content.problems.push(`Tệp "${name}" trong bản sao lưu không đọc được (nội dung hỏng).`);
      return undefined;
    }
  };
  for (const [name, data] of Object.entries(files)) {
    const id = DRAFT_ENTRY.exec(name)?.[1];
    if (!id) continue;
    const raw = parse(name, data);
    if (raw !== undefined) content.drafts.set(id, { raw, revisions: [] });
  }
  for (const [name, data] of Object.entries(files)) {
    const match = REVISION_ENTRY.exec(name);
    const owner = match?.[1] ? content.drafts.get(match[1]) : undefined;
    if (!match || !owner) continue;
    const raw = parse(name, data);
    if (raw !== undefined) owner.revisions.push({ revision: Number(match[2]), raw });
  }
  return content;
}
