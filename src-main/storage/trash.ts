/**
 * The trash: a deleted draft's file moves to `trash/<id>.json`, and `trash/<id>.trashed.json`
 * records when (the index is derived, so it cannot be the only place that knows).
 */
import { join } from 'node:path';
import type { DataPaths } from './paths';
import { durableMove, durableWriteFile, ioError } from './durable-write';
import { stampOf, type FileStamp } from './draft-index';
import { statOrUndefined } from './fs-layer';
import { quarantineFile } from './quarantine';
import type { StoreContext } from './store-context';

/** The sidecar that records when a trashed draft was deleted (the index is derived, so it cannot hold it). */
export function trashSidecarPath(paths: DataPaths, id: string): string {
  return join(paths.trash, `${id}.trashed.json`);
}

/** Where a trashed draft's file lives. */
export function trashPath(paths: DataPaths, id: string): string {
  return join(paths.trash, `${id}.json`);
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
    await durableWriteFile(trashSidecarPath(paths, id), `${JSON.stringify({ id, deletedAt })}\n`, ctx.writeOptions);
    await durableMove(join(paths.drafts, `${id}.json`), to, ctx.writeOptions);
  } catch (error) {
    throw ioError(error, 'xoá');
  }
  const stat = await statOrUndefined(fs, to).catch(() => undefined);
  return { deletedAt, stamp: stat ? stampOf(stat) : UNKNOWN_STAMP };
}

/** A stamp no file has, so the next freshness check re-reads the file. */
export const UNKNOWN_STAMP: FileStamp = { size: -1, mtimeMs: -1, ino: -1 };

/** When a trashed draft was deleted: from its sidecar, else (sidecar lost) the file's mtime. */
export async function readDeletedAt(ctx: StoreContext, id: string, fallbackMs: number): Promise<string> {
  try {
    const value: unknown = JSON.parse((await ctx.fs.readFile(trashSidecarPath(ctx.paths, id))).toString('utf8'));
    const at = (value as { deletedAt?: unknown } | null)?.deletedAt;
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) return at;
  } catch {
    // Fall through: a missing or damaged sidecar only loses the exact deletion time.
  }
  return new Date(fallbackMs).toISOString();
}
