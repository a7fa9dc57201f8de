/**
 * The draft store: one durable JSON file per draft (`drafts/<id>.json`), a derived index for
 * listing, recovery on open, and deletion into `trash/`. Writes to one draft are serialised.
 *
 * Layout (see paths.ts): drafts/<id>.json is the truth; index.json is derived and rebuilt at will;
 * trash/<id>.json + trash/<id>.trashed.json ({id, deletedAt}); quarantine/<stamp>-<name> holds
 * unusable files as found; migrated/<stamp>-<id>.v<n>.json holds drafts as they were before a migration.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { DraftSummary } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import type { Draft } from '../shared/domain/draft-schema';
import { newDraft } from '../shared/domain/new-draft';
import { CorruptFileError, DurableJsonAdapter } from './durable-json-adapter';
import { fsyncDir, ioError, type DurableWriteOptions } from './durable-write';
import { entryFor, IndexStore, newestFirst, sameStamp, stampOf, toSummary, type FileStamp, type Shelf } from './draft-index';
import { nextUpdatedAt, validateForSave } from './draft-file';
import { nodeFs, statOrUndefined, type StorageFs } from './fs-layer';
import { DRAFT_MIGRATIONS, type MigrationStep } from './migrations';
import { dataPaths, type DataPaths } from './paths';
import { loadDraft, quarantineWithNotice, recoverTemps, scanShelf } from './recovery';
import type { StoreContext } from './store-context';
import { moveToTrash, UNKNOWN_STAMP } from './trash';
import { KeyedQueue } from './serial-queue';
import type { DraftRepository, SaveOptions } from './types';

/** Options of openDraftRepository; everything but dataDir has a production default. */
export interface OpenDraftRepositoryOptions {
  dataDir: string;
  fs?: StorageFs;
  clock?: () => Date;
  newId?: () => string;
  /** Format migrations by starting version; tests inject fake steps. */
  migrations?: ReadonlyMap<number, MigrationStep>;
  /** Writer tuning (rename retries and backoff); the fs comes from `fs`. */
  write?: Omit<DurableWriteOptions, 'fs'>;
}

/** A trashed draft as listed: its summary and when it was deleted. */
export type TrashedSummary = DraftSummary & { deletedAt: string };

/** The repository this module returns: the DraftRepository contract plus storage-level extras. */
export interface LocalDraftRepository extends DraftRepository {
  /** Creates and stores an empty draft with a fresh id. */
  createNew(): Promise<Draft>;
  /** Trashed drafts, most recently deleted first. */
  listTrash(): Promise<TrashedSummary[]>;
  /** The folder layout this repository uses. */
  readonly paths: DataPaths;
}

// A list() right after another (UI refreshes) reuses the scan: 10,000 stats cost a few hundred ms.
const RESCAN_AFTER_MS = 1000;

interface Slot {
  low: Low<Draft | null>;
  stamp: FileStamp | undefined;
}

const notFound = (id: string) => new AppError('NOT_FOUND', `Không tìm thấy bản thảo "${id}".`);
const blockedError = (id: string) =>
  new AppError('IO_ERROR', `Tệp của bản thảo "${id}" bị hỏng và chưa chuyển ra chỗ an toàn được nên không thể mở hay lưu đè.`);

class FileDraftRepository implements LocalDraftRepository {
  private readonly queue = new KeyedQueue();
  private readonly slots = new Map<string, Slot>();
  private readonly blockedIds = new Set<string>();
  private lastScan = 0;

  constructor(
    private readonly ctx: StoreContext,
    private readonly index: IndexStore,
    private readonly newId: () => string,
  ) {}

  get paths(): DataPaths {
    return this.ctx.paths;
  }

  /** Recovery: folders, leftover temps, the index checked against the files. */
  async init(): Promise<void> {
    const { fs, paths } = this.ctx;
    for (const dir of [paths.drafts, paths.trash]) {
      if ((await fs.mkdir(dir, { recursive: true })) !== undefined) await fsyncDir(paths.root, fs);
    }
    await recoverTemps(this.ctx, paths.drafts);
    await recoverTemps(this.ctx, paths.trash);
    await recoverTemps(this.ctx, paths.root, { adopt: false });
    const hadIndex = await this.index.load();
    if ((await this.refresh()) || !hadIndex) this.index.markDirty();
  }

  /** Re-scans for outside changes (the CLI, a restore by hand) unless a scan just ran. */
  private async refreshIfStale(): Promise<void> {
    if (Date.now() - this.lastScan >= RESCAN_AFTER_MS) await this.refresh();
  }

  private async refresh(): Promise<boolean> {
    const hooks = {
      withLock: <T>(id: string, fn: () => Promise<T>) => this.queue.run(id, fn),
      loaded: (shelf: Shelf, id: string, draft: Draft, stamp: FileStamp) => {
        if (shelf === 'drafts') this.remember(id, draft, stamp);
      },
      blocked: (id: string) => this.blockedIds.add(id),
    };
    const drafts = await scanShelf(this.ctx, 'drafts', this.index.data.drafts, hooks);
    const trash = await scanShelf(this.ctx, 'trash', this.index.data.trash, hooks);
    if (drafts || trash) this.index.markDirty();
    this.lastScan = Date.now();
    return drafts || trash;
  }

  private draftPath(id: string): string {
    return join(this.ctx.paths.drafts, `${id}.json`);
  }

  private slot(id: string): Slot {
    let slot = this.slots.get(id);
    if (!slot) {
      const adapter = new DurableJsonAdapter<Draft | null>(this.draftPath(id), this.ctx.writeOptions);
      slot = { low: new Low<Draft | null>(adapter, null), stamp: undefined };
      this.slots.set(id, slot);
    }
    return slot;
  }

  private remember(id: string, draft: Draft, stamp: FileStamp | undefined): void {
    const slot = this.slot(id);
    slot.low.data = draft;
    slot.stamp = stamp;
  }

  async list(): Promise<DraftSummary[]> {
    await this.refreshIfStale();
    return Object.values(this.index.data.drafts).sort(newestFirst).map(toSummary);
  }

  async listTrash(): Promise<TrashedSummary[]> {
    await this.refreshIfStale();
    return Object.values(this.index.data.trash)
      .map((entry) => ({ ...toSummary(entry), deletedAt: entry.deletedAt ?? entry.updatedAt }))
      .sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
  }

  get(id: string): Promise<Draft> {
    return this.queue.run(id, async () => {
      const current = await this.current(id);
      if (!current) throw notFound(id);
      return structuredClone(current);
    });
  }

  /** The stored draft (from cache when the file is unchanged), undefined when there is none. */
  private async current(id: string): Promise<Draft | undefined> {
    if (this.blockedIds.has(id)) throw blockedError(id);
    const path = this.draftPath(id);
    let stat;
    try {
      stat = await statOrUndefined(this.ctx.fs, path);
    } catch (error) {
      throw ioError(error, 'mở bản thảo');
    }
    const entries = this.index.data.drafts;
    if (!stat) {
      if (entries[id]) {
        delete entries[id];
        this.index.markDirty();
      }
      this.slots.delete(id);
      return undefined;
    }
    const slot = this.slots.get(id);
    if (slot?.low.data && sameStamp(slot.stamp, stampOf(stat))) return slot.low.data;
    try {
      const loaded = await loadDraft(this.ctx, path, id);
      if (!loaded) return undefined;
      this.remember(id, loaded.draft, loaded.stamp);
      entries[id] = entryFor(loaded.draft, loaded.stamp);
      this.index.markDirty();
      return loaded.draft;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw ioError(error, 'mở bản thảo');
      delete entries[id];
      this.slots.delete(id);
      this.index.markDirty();
      if (!(await quarantineWithNotice(this.ctx, path, error))) this.blockedIds.add(id);
      return undefined;
    }
  }

  create(draft: Draft): Promise<Draft> {
    const parsed = validateForSave(draft);
    return this.queue.run(parsed.meta.id, () => this.write(parsed, { mustBeNew: true }));
  }

  createNew(): Promise<Draft> {
    return this.create(newDraft({ id: this.newId(), now: this.ctx.clock().toISOString() }));
  }

  async save(draft: Draft, options: SaveOptions = {}): Promise<{ updatedAt: string }> {
    const parsed = validateForSave(draft);
    const stored = await this.queue.run(parsed.meta.id, () => this.write(parsed, { expected: options.expectedUpdatedAt }));
    return { updatedAt: stored.meta.updatedAt };
  }

  /** Title and updatedAt of the stored draft, from cache or index when the file is unchanged (no parse). */
  private async storedMeta(id: string): Promise<{ title: string; updatedAt: string } | undefined> {
    const stat = await statOrUndefined(this.ctx.fs, this.draftPath(id)).catch(() => undefined);
    const slot = this.slots.get(id);
    if (stat && slot?.low.data && sameStamp(slot.stamp, stampOf(stat))) {
      return { title: slot.low.data.title, updatedAt: slot.low.data.meta.updatedAt };
    }
    const entry = this.index.data.drafts[id];
    if (stat && entry && !this.blockedIds.has(id) && sameStamp(entry.stamp, stampOf(stat))) return entry;
    const draft = await this.current(id);
    return draft && { title: draft.title, updatedAt: draft.meta.updatedAt };
  }

  private async write(draft: Draft, rules: { mustBeNew?: boolean; expected?: string | undefined }): Promise<Draft> {
    const id = draft.meta.id;
    const current = await this.storedMeta(id);
    const trashed = this.index.data.trash[id] !== undefined;
    if (rules.mustBeNew && (current || trashed)) {
      throw new AppError('CONFLICT', `Đã có bản thảo mang mã "${id}"; không tạo trùng.`);
    }
    if (!current && trashed) {
      throw new AppError('NOT_FOUND', `Bản thảo "${id}" đã ở trong thùng rác; hãy khôi phục trước khi lưu.`);
    }
    if (current && rules.expected !== undefined && current.updatedAt !== rules.expected) {
      throw new AppError(
        'CONFLICT',
        `Bản thảo "${current.title || id}" đã được lưu ở nơi khác lúc ${current.updatedAt}, sau bản bạn đang sửa. ` +
          'Lần lưu này bị từ chối để không ghi đè; hãy mở lại bản thảo.',
      );
    }
    const next: Draft = { ...draft, meta: { ...draft.meta, updatedAt: nextUpdatedAt(this.ctx.clock(), current?.updatedAt) } };
    const slot = this.slot(id);
    const previous = { data: slot.low.data, stamp: slot.stamp };
    slot.low.data = next;
    try {
      await slot.low.write();
    } catch (error) {
      // The file on disk is still the previous one (the writer only renames a complete, synced temp).
      slot.low.data = previous.data;
      slot.stamp = previous.stamp;
      throw ioError(error, 'lưu');
    }
    const stat = await statOrUndefined(this.ctx.fs, this.draftPath(id)).catch(() => undefined);
    // Without a stamp the next freshness check re-reads the file, which is merely slower.
    slot.stamp = stat ? stampOf(stat) : undefined;
    this.index.data.drafts[id] = entryFor(next, slot.stamp ?? UNKNOWN_STAMP);
    this.index.markDirty();
    return structuredClone(next);
  }

  delete(id: string): Promise<void> {
    return this.queue.run(id, async () => {
      const current = await this.current(id);
      if (!current) throw notFound(id);
      const { deletedAt, stamp } = await moveToTrash(this.ctx, id, current.title || id);
      delete this.index.data.drafts[id];
      this.index.data.trash[id] = entryFor(current, stamp, deletedAt);
      this.index.markDirty();
      this.slots.delete(id);
    });
  }

  async flush(): Promise<void> {
    await this.queue.idle();
    await this.index.flush();
  }

  notices(): string[] {
    return [...this.ctx.notices];
  }
}

/** Opens (and recovers) the draft store in `dataDir`. Rejects with AppError IO_ERROR when the folder is unusable. */
export async function openDraftRepository(options: OpenDraftRepositoryOptions): Promise<LocalDraftRepository> {
  const fs = options.fs ?? nodeFs;
  const paths = dataPaths(options.dataDir);
  const writeOptions: DurableWriteOptions = { createDir: true, ...options.write, fs };
  const ctx: StoreContext = {
    fs,
    paths,
    clock: options.clock ?? (() => new Date()),
    steps: options.migrations ?? DRAFT_MIGRATIONS,
    writeOptions,
    notices: [],
  };
  const repo = new FileDraftRepository(ctx, new IndexStore(paths.index, writeOptions), options.newId ?? randomUUID);
  try {
    await repo.init();
  } catch (error) {
    throw ioError(error, 'mở kho bản thảo');
  }
  return repo;
}
