/** Trash operations over the repository's state: restore, empty, and purge by recorded deletion time. */
import type { DraftSummary } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import { CorruptFileError } from './durable-json-adapter';
import { entryFor, toSummary, type IndexStore, type Shelf } from './draft-index';
import type { DraftCache } from './draft-cache';
import type { FolderWatch } from './folder-watch';
import { statOrUndefined } from './fs-layer';
import { loadDraft, quarantineWithNotice } from './recovery';
import type { KeyedQueue } from './serial-queue';
import type { StoreContext } from './store-context';
import { deleteFromTrash, ensureDeletedAt, isDueForPurge, moveOutOfTrash, trashPath } from './trash';

/** What the trash operations need of the repository. */
export interface ShelfHost {
  ctx: StoreContext;
  index: IndexStore;
  watches: Record<Shelf, FolderWatch>;
  queue: KeyedQueue;
  cache: DraftCache;
}

const notInTrash = (id: string) => new AppError('NOT_FOUND', `Không tìm thấy bản thảo "${id}" trong thùng rác.`);

/** Moves a trashed draft back into the list, content unchanged. */
export function restoreFromTrash(host: ShelfHost, id: string): Promise<DraftSummary> {
  const { ctx, index, watches, queue, cache } = host;
  return queue.run(id, async () => {
    if (!index.data.trash[id]) throw notInTrash(id);
    if (index.data.drafts[id] || (await statOrUndefined(ctx.fs, cache.path(id)))) {
      throw new AppError('CONFLICT', `Đã có bản thảo mang mã "${id}" trong danh sách nên chưa khôi phục bản trong thùng rác.`);
    }
    const from = trashPath(ctx.paths, id);
    let loaded;
    try {
      loaded = await loadDraft(ctx, from, id);
    } catch (error) {
      delete index.data.trash[id];
      index.markDirty();
      if (error instanceof CorruptFileError) {
        await quarantineWithNotice(ctx, from, error);
        throw new AppError('IO_ERROR', `Tệp của bản thảo "${id}" trong thùng rác bị hỏng nên không khôi phục được; tệp đã được cách ly.`);
      }
      throw error;
    }
    if (!loaded) {
      delete index.data.trash[id];
      index.markDirty();
      throw notInTrash(id);
    }
    const { draft } = loaded;
    await watches.drafts.exclusive(() =>
      watches.trash.exclusive(async () => {
        const stamp = await moveOutOfTrash(ctx, id);
        delete index.data.trash[id];
        index.data.drafts[id] = entryFor(draft, stamp);
        index.markDirty();
        cache.remember(id, draft, stamp, true);
      }),
    );
    return toSummary(entryFor(draft, loaded.stamp));
  });
}

async function purgeOne(host: ShelfHost, id: string): Promise<void> {
  await host.watches.trash.exclusive(async () => {
    await deleteFromTrash(host.ctx, id);
    delete host.index.data.trash[id];
    host.index.markDirty();
  });
}

/** Deletes every trashed draft for good; answers their ids. */
export async function emptyTrash(host: ShelfHost): Promise<string[]> {
  const purged: string[] = [];
  for (const id of Object.keys(host.index.data.trash)) {
    await host.queue.run(id, () => purgeOne(host, id));
    purged.push(id);
  }
  return purged;
}

/**
 * Deletes the trashed drafts deleted more than `maxAgeMs` ago. The time is read again from each
 * sidecar (the index is derived); a lost sidecar starts the count now, never from the file's mtime.
 */
export async function purgeTrash(host: ShelfHost, maxAgeMs: number): Promise<string[]> {
  const now = host.ctx.clock();
  const purged: string[] = [];
  for (const [id, entry] of Object.entries(host.index.data.trash)) {
    if (!entry.deletedAt || !isDueForPurge(entry.deletedAt, now, maxAgeMs)) continue;
    const due = await host.queue.run(id, async () => {
      const deletedAt = await ensureDeletedAt(host.ctx, id);
      if (!isDueForPurge(deletedAt, now, maxAgeMs)) {
        entry.deletedAt = deletedAt;
        host.index.markDirty();
        return false;
      }
      await purgeOne(host, id);
      return true;
    });
    if (due) purged.push(id);
  }
  return purged;
}
