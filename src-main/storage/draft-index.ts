/**
 * The derived index (`index.json`): one summary per draft and per trashed draft, plus the file
 * stamp it was read from. It holds nothing that is not in the draft files, so it is rebuilt
 * freely and written lazily; listing reads it instead of every draft.
 */
import { Low } from 'lowdb';
import { z } from 'zod';
import type { DraftSummary } from '../shared/api/contract';
import { formatKyHieu } from '../shared/domain/doc-number';
import type { Draft } from '../shared/domain/draft-schema';
import { CorruptFileError, DurableJsonAdapter } from './durable-json-adapter';
import type { DurableWriteOptions } from './durable-write';
import type { StatLike } from './fs-layer';
import { decodeIndex, encodeIndex } from './index-file';

/** What identifies one version of a file without reading it: a new rename gives a new inode. */
export const FileStampSchema = z.object({ size: z.number(), mtimeMs: z.number(), ino: z.number() });
export type FileStamp = z.infer<typeof FileStampSchema>;

export const IndexEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  issuingAgency: z.string(),
  kyHieu: z.string(),
  status: z.enum(['draft', 'final']),
  createdAt: z.string(),
  updatedAt: z.string(),
  year: z.number(),
  /** Set for trashed drafts: when they were deleted. */
  deletedAt: z.string().optional(),
  stamp: FileStampSchema,
});
/** One draft in the index. */
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

/** Bump when the index layout changes; an index of another version is simply rebuilt. */
export const INDEX_VERSION = 2;

/**
 * A shelf folder as it was when the index was written, recorded only when every change to it
 * since the last full check came from this process: then an equal folder mtime (and the same
 * file names) at the next open means the entries are current and no draft needs a stat.
 */
export const FolderStampSchema = z.object({ mtimeMs: z.number(), count: z.number().int().min(0) });
export type FolderStamp = z.infer<typeof FolderStampSchema>;

const FolderStampsSchema = z.object({ drafts: FolderStampSchema.optional(), trash: FolderStampSchema.optional() });

/** The index as held in memory; index-file.ts stores it as rows, which parse several times faster. */
export const DraftIndexSchema = z.object({
  indexVersion: z.literal(INDEX_VERSION),
  drafts: z.record(z.string(), IndexEntrySchema),
  trash: z.record(z.string(), IndexEntrySchema),
  folders: FolderStampsSchema.optional(),
});
/** The whole index file. */
export type DraftIndexData = z.infer<typeof DraftIndexSchema>;

/** Which folder an entry describes. */
export type Shelf = 'drafts' | 'trash';

/** An empty index. */
export function emptyIndex(): DraftIndexData {
  return { indexVersion: INDEX_VERSION, drafts: {}, trash: {} };
}

/** The stamp of a stat result. */
export function stampOf(stat: StatLike): FileStamp {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
}

/** True when two stamps describe the same version of a file. */
export function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return !!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/** The index entry for a draft read from a file with `stamp`. */
export function entryFor(draft: Draft, stamp: FileStamp, deletedAt?: string): IndexEntry {
  const entry: IndexEntry = {
    id: draft.meta.id,
    title: draft.title,
    issuingAgency: draft.header.issuingAgency,
    kyHieu: formatKyHieu(draft.header),
    status: draft.meta.status,
    createdAt: draft.meta.createdAt,
    updatedAt: draft.meta.updatedAt,
    year: draft.header.date.year,
    stamp,
  };
  if (deletedAt !== undefined) entry.deletedAt = deletedAt;
  return entry;
}

/** The API summary of an entry (the contract's exact fields). */
export function toSummary(entry: IndexEntry): DraftSummary {
  const { id, title, issuingAgency, kyHieu, status, createdAt, updatedAt } = entry;
  return { id, title, issuingAgency, kyHieu, status, createdAt, updatedAt };
}

/** Newest first by updatedAt, id as a tie-break so the order is stable. */
export function newestFirst(a: IndexEntry, b: IndexEntry): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Writer tuning of the index. */
export interface IndexStoreOptions extends DurableWriteOptions {
  /**
   * How long a change waits before the index is written. The index is derived (a crash costs a
   * rescan, never data), and rewriting 10,000 entries after every autosave would make each save
   * cost more as drafts accumulate; flush() writes at once.
   */
  writeDelayMs?: number;
}

/** The index file held in memory, written through lowdb + the durable adapter, coalescing writes. */
export class IndexStore {
  readonly low: Low<DraftIndexData>;
  private chain: Promise<void> = Promise.resolve();
  private dirty = false;
  private queued = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly writeDelayMs: number;
  /** Bumped by every markDirty(): callers cache views of the data (the sorted list) by it. */
  version = 0;
  /** The last failed write, if the latest attempt failed; the index is rebuilt on open anyway. */
  lastError: unknown;
  /**
   * Runs right before each write and may adjust the data (the folder stamps). The write starts in
   * the same turn it returns in, so nothing changes the data in between.
   */
  beforeWrite: (data: DraftIndexData) => Promise<void> = async () => undefined;

  constructor(path: string, options: IndexStoreOptions) {
    this.writeDelayMs = options.writeDelayMs ?? 0;
    const adapter = new DurableJsonAdapter<DraftIndexData>(path, {
      ...options,
      indent: 0,
      encode: encodeIndex,
      asciiOnly: true,
      validate: (value, at) => {
        const data = decodeIndex(value);
        if (!data) throw new CorruptFileError(at, 'invalid');
        return data;
      },
    });
    this.low = new Low<DraftIndexData>(adapter, emptyIndex());
  }

  get data(): DraftIndexData {
    return this.low.data;
  }

  /** Loads the file; answers false (keeping an empty index, so every draft is re-read) when it is missing or unusable. */
  async load(): Promise<boolean> {
    try {
      const data = await this.low.adapter.read();
      if (data === null) return false;
      this.low.data = data;
      return true;
    } catch {
      // Derived data: nothing in it is lost by rebuilding, so a damaged index is not quarantined.
      this.low.data = emptyIndex();
      return false;
    }
  }

  /** Schedules a write of the current data (after the write delay); several calls before it starts make one write. */
  markDirty(): void {
    this.dirty = true;
    this.version++;
    if (this.queued || this.timer) return;
    if (this.writeDelayMs <= 0) {
      this.schedule();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.schedule();
    }, this.writeDelayMs);
    this.timer.unref?.();
  }

  private schedule(): void {
    if (this.queued) return;
    this.queued = true;
    this.chain = this.chain.then(async () => {
      this.queued = false;
      if (!this.dirty) return;
      this.dirty = false;
      try {
        await this.beforeWrite(this.low.data);
        await this.low.write();
        this.lastError = undefined;
      } catch (error) {
        this.lastError = error;
      }
    });
  }

  /** Writes a pending change now; resolves when the scheduled writes are done. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.schedule();
    }
    await this.chain;
  }
}
