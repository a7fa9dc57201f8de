/**
 * Recovery on open and the cheap freshness scan: leftover temp files are adopted or removed,
 * changed files are re-read, unusable ones quarantined, old formats migrated with the original kept.
 */
import { join } from 'node:path';
import type { Draft } from '../shared/domain/draft-schema';
import type { DataPaths } from './paths';
import type { StoreContext } from './store-context';
import { ensureDeletedAt } from './trash';
import { CORRUPT_KIND_TEXT, CorruptFileError } from './durable-json-adapter';
import { durableWriteFile, fsyncDir, renameWithRetry, TEMP_NAME_PATTERN } from './durable-write';
import { entryFor, sameStamp, stampOf, type FileStamp, type IndexEntry, type Shelf } from './draft-index';
import { idFromFileName, readDraftFile, type LoadedDraft } from './draft-file';
import { statOrUndefined } from './fs-layer';
import { freePath, quarantineFile } from './quarantine';

/** The folder of a shelf. */
export function shelfDir(paths: DataPaths, shelf: Shelf): string {
  return shelf === 'drafts' ? paths.drafts : paths.trash;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Moves an unusable file into quarantine and records a Vietnamese notice; answers false if it could not be moved. */
export async function quarantineWithNotice(ctx: StoreContext, path: string, error: unknown): Promise<boolean> {
  const reason = error instanceof CorruptFileError ? CORRUPT_KIND_TEXT[error.kind] : String(error);
  try {
    const to = await quarantineFile(path, { ...ctx.writeOptions, quarantineDir: ctx.paths.quarantine, at: ctx.clock() });
    ctx.notices.push(
      `Tệp bản thảo "${path}" không dùng được (${reason}). Tệp đã được chuyển nguyên vẹn sang "${to}" ` +
        'để có thể khôi phục; các bản thảo khác không bị ảnh hưởng.',
    );
    return true;
  } catch {
    ctx.notices.push(
      `Tệp bản thảo "${path}" không dùng được (${reason}) và cũng không chuyển sang thư mục cách ly được. ` +
        'Tệp được giữ nguyên; bản thảo này tạm thời không mở hay lưu được.',
    );
    return false;
  }
}

/** Keeps the pre-migration bytes in `migrated/` and writes the migrated draft in place; returns the new stamp. */
async function persistMigration(ctx: StoreContext, path: string, loaded: LoadedDraft): Promise<FileStamp> {
  const { fs } = ctx;
  await fs.mkdir(ctx.paths.migrated, { recursive: true });
  const name = `${loaded.draft.meta.id}.v${loaded.fromVersion}.json`;
  const copy = await freePath(fs, ctx.paths.migrated, name, ctx.clock());
  // The copy is durable before the original is replaced, so a crash leaves at least one of them.
  await durableWriteFile(copy, loaded.bytes, ctx.writeOptions);
  await durableWriteFile(path, `${JSON.stringify(loaded.draft, null, 2)}\n`, ctx.writeOptions);
  ctx.notices.push(
    `Bản thảo "${loaded.draft.title || loaded.draft.meta.id}" được chuyển từ định dạng phiên bản ${loaded.fromVersion} ` +
      `sang phiên bản ${loaded.draft.schemaVersion}; bản gốc được giữ tại "${copy}".`,
  );
  return stampOf(await fs.stat(path));
}

/** A draft read from disk and ready to use (migrated and persisted if it was an old format). */
export async function loadDraft(ctx: StoreContext, path: string, id: string): Promise<LoadedDraft | undefined> {
  const loaded = await readDraftFile(ctx.fs, path, id, ctx.steps);
  if (loaded?.migrated) loaded.stamp = await persistMigration(ctx, path, loaded);
  return loaded;
}

async function readSafely(ctx: StoreContext, path: string, id: string) {
  try {
    return { loaded: await readDraftFile(ctx.fs, path, id, ctx.steps) };
  } catch (error) {
    return { error };
  }
}

/**
 * Deals with temp files a crash left in `dir`: a complete, valid temp newer than its target (or
 * whose target is missing or corrupt) was data not yet published and is adopted; the rest removed.
 * Temps of a live process (another writer, or this one) are left alone. With `adopt: false`
 * (folders holding only derived files) every dead temp is removed.
 */
export async function recoverTemps(ctx: StoreContext, dir: string, options: { adopt?: boolean } = {}): Promise<void> {
  const { fs } = ctx;
  const groups = new Map<string, string[]>();
  for (const name of await fs.readdir(dir)) {
    const match = TEMP_NAME_PATTERN.exec(name);
    if (!match || isAlive(Number(match[2]))) continue;
    const target = match[1] ?? '';
    groups.set(target, [...(groups.get(target) ?? []), name]);
  }
  let removed = false;
  for (const [target, temps] of groups) {
    const id = idFromFileName(target);
    let keep: string | undefined;
    if (id && options.adopt !== false) keep = await adoptNewest(ctx, dir, target, id, temps);
    for (const temp of temps) {
      if (temp === keep) continue;
      await fs.unlink(join(dir, temp)).catch(() => undefined);
      removed = true;
    }
  }
  if (removed) await fsyncDir(dir, fs).catch(() => undefined);
}

/** Adopts the best temp of one draft if it should win; answers the temp it adopted or must keep. */
async function adoptNewest(ctx: StoreContext, dir: string, target: string, id: string, temps: string[]) {
  let best: { name: string; draft: Draft } | undefined;
  for (const name of temps) {
    const { loaded } = await readSafely(ctx, join(dir, name), id);
    if (loaded && (!best || loaded.draft.meta.updatedAt > best.draft.meta.updatedAt)) best = { name, draft: loaded.draft };
  }
  if (!best) return undefined;
  const targetPath = join(dir, target);
  const current = await readSafely(ctx, targetPath, id);
  // A target we cannot read for another reason (permissions) is not judged: keep both untouched.
  if (current.error !== undefined && !(current.error instanceof CorruptFileError)) return best.name;
  const wins = current.error !== undefined || !current.loaded || best.draft.meta.updatedAt > current.loaded.draft.meta.updatedAt;
  if (!wins) return undefined;
  // Never rename over a corrupt target: it goes to quarantine first, and if it cannot, the temp stays too.
  if (current.error !== undefined && !(await quarantineWithNotice(ctx, targetPath, current.error))) return best.name;
  try {
    // The temp may never have been fsynced (the crash came first); make it durable before publishing it.
    const handle = await ctx.fs.open(join(dir, best.name), 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(join(dir, best.name), targetPath, ctx.writeOptions);
    await fsyncDir(dir, ctx.fs);
  } catch {
    return best.name;
  }
  ctx.notices.push(
    `Đã khôi phục lần lưu dở dang của bản thảo "${best.draft.title || id}" (lúc ${best.draft.meta.updatedAt}) ` +
      'từ tệp tạm còn lại sau khi ứng dụng bị tắt đột ngột.',
  );
  return best.name;
}

/** Hooks the repository gives the scan: its per-draft lock and its cache. */
export interface ScanHooks {
  withLock<T>(id: string, fn: () => Promise<T>): Promise<T>;
  /** Called with every draft actually read, so the repository can cache it. */
  loaded(shelf: Shelf, id: string, draft: Draft, stamp: FileStamp): void;
  /** Called for a file that could not be read nor moved aside; saving over it must be refused. */
  blocked(id: string): void;
  /** Called when an entry is dropped because its file is gone or unusable. */
  removed(shelf: Shelf, id: string): void;
}

/**
 * Brings `entries` up to date with the files of a shelf: readdir + stat for all, reading only the
 * files whose stamp differs from the index (so a fresh index costs no draft reads). Answers whether
 * anything changed.
 */
export async function scanShelf(ctx: StoreContext, shelf: Shelf, entries: Record<string, IndexEntry>, hooks: ScanHooks) {
  const dir = shelfDir(ctx.paths, shelf);
  const ids = (await ctx.fs.readdir(dir)).flatMap((name) => idFromFileName(name) ?? []);
  const onDisk = new Set(ids);
  const suspects = Object.keys(entries).filter((id) => !onDisk.has(id));
  const batch = 64;
  for (let i = 0; i < ids.length; i += batch) {
    const slice = ids.slice(i, i + batch);
    const stats = await Promise.all(slice.map((id) => statOrUndefined(ctx.fs, join(dir, `${id}.json`))));
    slice.forEach((id, k) => {
      const stat = stats[k];
      if (!stat || !sameStamp(entries[id]?.stamp, stampOf(stat))) suspects.push(id);
    });
  }
  let changed = false;
  for (const id of suspects) {
    // Re-checked under the draft's lock: a save may have moved things on since the stat above.
    if (await hooks.withLock(id, () => refreshOne(ctx, shelf, id, entries, hooks))) changed = true;
  }
  return changed;
}

async function refreshOne(ctx: StoreContext, shelf: Shelf, id: string, entries: Record<string, IndexEntry>, hooks: ScanHooks) {
  const path = join(shelfDir(ctx.paths, shelf), `${id}.json`);
  const stat = await statOrUndefined(ctx.fs, path);
  if (!stat) {
    if (!entries[id]) return false;
    delete entries[id];
    hooks.removed(shelf, id);
    return true;
  }
  if (sameStamp(entries[id]?.stamp, stampOf(stat))) return false;
  try {
    const loaded = await loadDraft(ctx, path, id);
    if (!loaded) return false;
    const deletedAt = shelf === 'trash' ? await ensureDeletedAt(ctx, id) : undefined;
    entries[id] = entryFor(loaded.draft, loaded.stamp, deletedAt);
    hooks.loaded(shelf, id, loaded.draft, loaded.stamp);
  } catch (error) {
    if (entries[id]) hooks.removed(shelf, id);
    delete entries[id];
    if (error instanceof CorruptFileError) {
      if (!(await quarantineWithNotice(ctx, path, error))) hooks.blocked(id);
    } else {
      ctx.notices.push(`Không đọc được tệp bản thảo "${path}" (${String(error)}); tệp được giữ nguyên.`);
      hooks.blocked(id);
    }
  }
  return true;
}
