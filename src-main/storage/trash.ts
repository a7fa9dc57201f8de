/**
 * The trash: a deleted draft's file moves to `trash/<id>.json`, and `trash/<id>.trashed.json`
 * records when (the index is derived, so it cannot be the only place that knows). Purging counts
 * 30 days from that recorded time, never from file times: copying or restoring a data folder
 * resets mtimes, and a trash that trusted them would delete drafts early (or the day they arrive).
 */
import { join } from 'node:path';
import type { DataPaths } from './paths';
import { durableMove, durableWriteFile, fsyncDir, ioError } from './durable-write';
import { stampOf, type FileStamp } from './draft-index';
import { isNotFound, statOrUndefined } from './fs-layer';
import { quarantineFile } from './quarantine';
import type { StoreContext } from './store-context';

/** How long a trashed draft is kept, counted from when it was deleted. */
export const TRASH_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** The sidecar that records when a trashed draft was deleted (the index is derived, so it cannot hold it). */
export function trashSidecarPath(paths: DataPaths, id: string): string {
  return join(paths.trash, `${id}.trashed.json`);
}

/** Where a trashed draft's file lives. */
export function trashPath(paths: DataPaths, id: string): string {
  return join(paths.trash, `${id}.json`);
}

async function writeSidecar(ctx: StoreContext, id: string, deletedAt: string): Promise<void> {
  await durableWriteFile(trashSidecarPath(ctx.paths, id), `${JSON.stringify({ id, deletedAt })}\n`, ctx.writeOptions);
}

/**
 * Moves `drafts/<id>.json` into the trash durably and answers when it was deleted and the trashed
 * file's stamp. An older trashed copy with the same id goes to quarantine, never overwritten.
 */
export async function moveToTrash(ctx: StoreContext, id: string, label: string): Promise<{ deletedAt: string; stamp: FileStamp }> {
  const { fs, paths } = ctx;
  const to = trashPath(paths, id);
  const deletedAt = ctx.clock().toISOString();
  try {
    await fs.mkdir(paths.trash, { recursive: true });
    if (await statOrUndefined(fs, to)) {
      const kept = await quarantineFile(to, { ...ctx.writeOptions, quarantineDir: paths.quarantine, at: ctx.clock() });
      ctx.notices.push(`Bản cũ của "${label}" trong thùng rác được chuyển sang "${kept}" để không bị ghi đè.`);
    }
    // The sidecar goes first: a crash before the move leaves the draft in place and a harmless sidecar.
    await writeSidecar(ctx, id, deletedAt);
    await durableMove(join(paths.drafts, `${id}.json`), to, ctx.writeOptions);
  } catch (error) {
    throw ioError(error, 'xoá');
  }
  const stat = await statOrUndefined(fs, to).catch(() => undefined);
  return { deletedAt, stamp: stat ? stampOf(stat) : UNKNOWN_STAMP };
}

/** Moves a trashed draft back to `drafts/` (the caller checked the name is free) and drops its sidecar. */
export async function moveOutOfTrash(ctx: StoreContext, id: string): Promise<FileStamp> {
  const to = join(ctx.paths.drafts, `${id}.json`);
  try {
    await durableMove(trashPath(ctx.paths, id), to, ctx.writeOptions);
  } catch (error) {
    throw ioError(error, 'khôi phục bản thảo');
  }
  // A sidecar left behind is harmless: a later deletion of the draft writes a fresh one.
  await ctx.fs.unlink(trashSidecarPath(ctx.paths, id)).catch(() => undefined);
  await fsyncDir(ctx.paths.trash, ctx.fs).catch(() => undefined);
  const stat = await statOrUndefined(ctx.fs, to).catch(() => undefined);
  return stat ? stampOf(stat) : UNKNOWN_STAMP;
}

/** Deletes a trashed draft for good: its file, then its sidecar. */
export async function deleteFromTrash(ctx: StoreContext, id: string): Promise<void> {
  try {
    await ctx.fs.unlink(trashPath(ctx.paths, id)).catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
    });
    await ctx.fs.unlink(trashSidecarPath(ctx.paths, id)).catch(() => undefined);
    await fsyncDir(ctx.paths.trash, ctx.fs);
  } catch (error) {
    throw ioError(error, 'xoá vĩnh viễn');
  }
}

/** A stamp no file has, so the next freshness check re-reads the file. */
export const UNKNOWN_STAMP: FileStamp = { size: -1, mtimeMs: -1, ino: -1 };

/** When a trashed draft was deleted, from its sidecar; undefined when the sidecar is missing or damaged. */
export async function readDeletedAt(ctx: StoreContext, id: string): Promise<string | undefined> {
  try {
    const value: unknown = JSON.parse((await ctx.fs.readFile(trashSidecarPath(ctx.paths, id))).toString('utf8'));
    const at = (value as { deletedAt?: unknown } | null)?.deletedAt;
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) return at;
  } catch {
    // Fall through: a missing or damaged sidecar only loses the exact deletion time.
  }
  return undefined;
}

/**
 * The recorded deletion time, or — when the sidecar was lost — now, written down so the 30 days
 * start from when we first saw the draft in the trash. Never the file's mtime (see module comment).
 */
export async function ensureDeletedAt(ctx: StoreContext, id: string): Promise<string> {
  const recorded = await readDeletedAt(ctx, id);
  if (recorded) return recorded;
  const now = ctx.clock().toISOString();
  await writeSidecar(ctx, id, now).catch(() => undefined);
  return now;
}

/** True when a draft deleted at `deletedAt` is due for purging at `now`; a time in the future never is. */
export function isDueForPurge(deletedAt: string, now: Date, maxAgeMs = TRASH_RETENTION_MS): boolean {
  const at = Date.parse(deletedAt);
  return !Number.isNaN(at) && at <= now.getTime() && now.getTime() - at > maxAgeMs;
}
