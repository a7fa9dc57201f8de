/**
 * The repository's per-draft cache: the last content read or written with the file stamp it
 * belongs to, so an unchanged file is never parsed twice. Callers hold the draft's lock.
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../shared/api/errors';
import type { Draft } from '../shared/domain/draft-schema';
import { CorruptFileError, DurableJsonAdapter } from './durable-json-adapter';
import { ioError } from './durable-write';
import { entryFor, sameStamp, stampOf, type FileStamp, type IndexStore } from './draft-index';
import { statOrUndefined } from './fs-layer';
import { loadDraft, quarantineWithNotice } from './recovery';
import type { StoreContext } from './store-context';
import type { DraftChange } from './types';

interface Slot {
  low: Low<Draft | null>;
  stamp: FileStamp | undefined;
}

const blockedError = (id: string) =>
  new AppError('IO_ERROR', `Tệp của bản thảo "${id}" bị hỏng và chưa chuyển ra chỗ an toàn được nên không thể mở hay lưu đè.`);

/** Cached drafts of one repository. */
export class DraftCache {
  private readonly slots = new Map<string, Slot>();
  private readonly blockedIds = new Set<string>();

  constructor(
    private readonly ctx: StoreContext,
    private readonly index: IndexStore,
    private readonly emit: (change: DraftChange) => void,
  ) {}

  /** The file of a draft in the list. */
  path(id: string): string {
    return join(this.ctx.paths.drafts, `${id}.json`);
  }

  private slot(id: string): Slot {
    let slot = this.slots.get(id);
    if (!slot) {
      const adapter = new DurableJsonAdapter<Draft | null>(this.path(id), this.ctx.writeOptions);
      slot = { low: new Low<Draft | null>(adapter, null), stamp: undefined };
      this.slots.set(id, slot);
    }
    return slot;
  }

  /** Keeps `draft` as the content of the file with `stamp`; `changed` tells listeners it was read anew. */
  remember(id: string, draft: Draft, stamp: FileStamp | undefined, changed = false): void {
    const slot = this.slot(id);
    slot.low.data = draft;
    slot.stamp = stamp;
    this.blockedIds.delete(id);
    if (changed) this.emit({ type: 'saved', draft });
  }

  /** Drops a draft that left the list. */
  forget(id: string): void {
    this.slots.delete(id);
  }

  /** Marks a file that could be neither read nor moved aside: it must not be opened or saved over. */
  block(id: string): void {
    this.blockedIds.add(id);
  }

  /** The stored draft (from cache when the file is unchanged), undefined when there is none. */
  async current(id: string): Promise<Draft | undefined> {
    if (this.blockedIds.has(id)) throw blockedError(id);
    const path = this.path(id);
    let stat;
    try {
      stat = await statOrUndefined(this.ctx.fs, path);
    } catch (error) {
      throw ioError(error, 'mở bản thảo');
    }
    const entries = this.index.data.drafts;
    if (!stat) {
      this.drop(id);
      return undefined;
    }
    const slot = this.slots.get(id);
    if (slot?.low.data && sameStamp(slot.stamp, stampOf(stat))) return slot.low.data;
    try {
      const loaded = await loadDraft(this.ctx, path, id);
      if (!loaded) return undefined;
      const known = entries[id];
      this.remember(id, loaded.draft, loaded.stamp, !known || known.updatedAt !== loaded.draft.meta.updatedAt);
      entries[id] = entryFor(loaded.draft, loaded.stamp);
      this.index.markDirty();
      return loaded.draft;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw ioError(error, 'mở bản thảo');
      this.drop(id);
      if (!(await quarantineWithNotice(this.ctx, path, error))) this.blockedIds.add(id);
      return undefined;
    }
  }

  private drop(id: string): void {
    if (this.index.data.drafts[id]) {
      delete this.index.data.drafts[id];
      this.index.markDirty();
      this.emit({ type: 'removed', id });
    }
    this.slots.delete(id);
  }

  /** Title and updatedAt of the stored draft, from cache or index when the file is unchanged (no parse). */
  async storedMeta(id: string): Promise<{ title: string; updatedAt: string } | undefined> {
    const stat = await statOrUndefined(this.ctx.fs, this.path(id)).catch(() => undefined);
    const slot = this.slots.get(id);
    if (stat && slot?.low.data && sameStamp(slot.stamp, stampOf(stat))) {
      return { title: slot.low.data.title, updatedAt: slot.low.data.meta.updatedAt };
    }
    const entry = this.index.data.drafts[id];
    if (stat && entry && !this.blockedIds.has(id) && sameStamp(entry.stamp, stampOf(stat))) return entry;
    const draft = await this.current(id);
    return draft && { title: draft.title, updatedAt: draft.meta.updatedAt };
  }

  /** Writes `draft` durably as the draft's file and answers the new file's stamp (undefined if unknown). */
  async write(id: string, draft: Draft): Promise<FileStamp | undefined> {
    const slot = this.slot(id);
    const previous = { data: slot.low.data, stamp: slot.stamp };
    slot.low.data = draft;
    try {
      await slot.low.write();
    } catch (error) {
      // The file on disk is still the previous one (the writer only renames a complete, synced temp).
      slot.low.data = previous.data;
      slot.stamp = previous.stamp;
      throw ioError(error, 'lưu');
    }
    const stat = await statOrUndefined(this.ctx.fs, this.path(id)).catch(() => undefined);
    // Without a stamp the next freshness check re-reads the file, which is merely slower.
    slot.stamp = stat ? stampOf(stat) : undefined;
    return slot.stamp;
  }
}
