/**
 * The draft store: one durable JSON file per draft (`drafts/<id>.json`), a derived index for
 * listing, recovery on open, and deletion into `trash/`. Writes to one draft are serialised.
 *
 * Layout (see paths.ts): drafts/<id>.json is the truth; index.json is derived and rebuilt at will;
 * trash/<id>.json + trash/<id>.trashed.json ({id, deletedAt}); quarantine/<stamp>-<name> holds
 * unusable files as found; migrated/<stamp>-<id>.v<n>.json holds drafts as they were before a migration.
 * After a clean close() the index also records the folders' mtimes, and the next open lists
 * from it without a stat per draft (folder-watch.ts); otherwise it checks every file's stamp.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { DraftSummary, TrashedSummary } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import type { Draft } from '../shared/domain/draft-schema';
import { newDraft } from '../shared/domain/new-draft';
import { fsyncDir, ioError, type DurableWriteOptions } from './durable-write';
import { entryFor, IndexStore, newestFirst, toSummary, type FileStamp, type Shelf } from './draft-index';
import { DraftCache } from './draft-cache';
import { checkWritable, nextUpdatedAt, validateForSave } from './draft-file';
import { FolderWatch, prepareCleanIndex, RACY_WINDOW_MS } from './folder-watch';
import { isNotFound, nodeFs, type StorageFs } from './fs-layer';
import { DRAFT_MIGRATIONS, type MigrationStep } from './migrations';
import { dataPaths, type DataPaths } from './paths';
import { recoverTemps, scanShelf, shelfDir } from './recovery';
import type { StoreContext } from './store-context';
import { moveToTrash, UNKNOWN_STAMP } from './trash';
import { emptyTrash, purgeTrash, restoreFromTrash, type ShelfHost } from './trash-shelf';
import { KeyedQueue } from './serial-queue';
import type { DraftChange, DraftRepository, SaveOptions } from './types';

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
  /** Delay before a changed index.json is written (see IndexStoreOptions); 10 s by default. */
  indexWriteDelayMs?: number;
  /** Runs under the draft's lock before a save replaces it (revision history hooks in here). */
  beforeReplace?: (id: string, previous: () => Promise<Draft | undefined>) => Promise<void>;
}

/** The repository this module returns: the DraftRepository contract plus storage-level extras. */
export interface LocalDraftRepository extends DraftRepository {
  /** Creates and stores an empty draft with a fresh id. */
  createNew(): Promise<Draft>;
  /** The folder layout this repository uses. */
  readonly paths: DataPaths;
}

// With an outside change, a list() right after another (UI refreshes) reuses the last scan.
const RESCAN_AFTER_MS = 1000;
const SHELVES: readonly Shelf[] = ['drafts', 'trash'];

const notFound = (id: string) => new AppError('NOT_FOUND', `Không tìm thấy bản thảo "${id}".`);

class FileDraftRepository implements LocalDraftRepository {
  private readonly queue = new KeyedQueue();
  private readonly listeners = new Set<(change: DraftChange) => void>();
  private readonly watches: Record<Shelf, FolderWatch>;
  private readonly cache: DraftCache;
  private lastScan = 0;
  private closing = false;
  private listed: { version: number; summaries: DraftSummary[] } | undefined;

  constructor(
    private readonly ctx: StoreContext,
    private readonly index: IndexStore,
    private readonly newId: () => string,
    private readonly beforeReplace: OpenDraftRepositoryOptions['beforeReplace'],
  ) {
    this.watches = { drafts: new FolderWatch(ctx.fs, ctx.paths.drafts), trash: new FolderWatch(ctx.fs, ctx.paths.trash) };
    this.cache = new DraftCache(ctx, index, (change) => this.emit(change));
    index.beforeWrite = async (data) => {
      // Stamps only in the index written by close(): an index written mid-session and followed
      // by a crash then never skips the scan, so recovery always looks at every file.
      if (!this.closing) {
        delete data.folders;
        return;
      }
      await prepareCleanIndex(data, this.watches);
    };
  }

  get paths(): DataPaths {
    return this.ctx.paths;
  }

  /** Recovery: folders, leftover temps, then the index — trusted as it is when the folders are as it recorded. */
  async init(): Promise<void> {
    const { fs, paths } = this.ctx;
    for (const dir of [paths.drafts, paths.trash]) {
      if ((await fs.mkdir(dir, { recursive: true })) !== undefined) await fsyncDir(paths.root, fs);
    }
    await recoverTemps(this.ctx, paths.root, { adopt: false });
    const hadIndex = await this.index.load();
    const { data } = this.index;
    const stale: Shelf[] = [];
    for (const shelf of SHELVES) {
      if (!hadIndex || !(await this.watches[shelf].holds(data.folders?.[shelf], data[shelf]))) stale.push(shelf);
    }
    // Trusted as recorded: no scan ran, so an outside change after this is picked up at once.
    if (stale.length === 0) return;
    // A folder unchanged since a clean close holds no temp file; any other may (a crash).
    for (const shelf of stale) await recoverTemps(this.ctx, shelfDir(paths, shelf));
    await this.refresh(stale);
    // Rewritten even when nothing changed, so the folder stamps are recorded for the next open.
    this.index.markDirty();
  }

  /** Re-scans a shelf changed from outside (the CLI, a restore by hand) unless a scan just ran. */
  private async refreshIfStale(): Promise<void> {
    const stale: Shelf[] = [];
    for (const shelf of SHELVES) if (!(await this.watches[shelf].unchanged())) stale.push(shelf);
    if (stale.length > 0 && Date.now() - this.lastScan >= RESCAN_AFTER_MS) await this.refresh(stale);
  }

  private async refresh(shelves: readonly Shelf[]): Promise<void> {
    const hooks = {
      withLock: <T>(id: string, fn: () => Promise<T>) => this.queue.run(id, fn),
      loaded: (shelf: Shelf, id: string, draft: Draft, stamp: FileStamp) => {
        if (shelf === 'drafts') this.cache.remember(id, draft, stamp, true);
      },
      blocked: (id: string) => this.cache.block(id),
      removed: (shelf: Shelf, id: string) => {
        if (shelf === 'drafts') this.emit({ type: 'removed', id });
      },
    };
    for (const shelf of shelves) {
      const watch = this.watches[shelf];
      const before = await watch.mtime();
      if (await scanShelf(this.ctx, shelf, this.index.data[shelf], hooks)) this.index.markDirty();
      const after = await watch.mtime();
      // Verified only if nothing moved during the scan; otherwise the next list() scans again.
      watch.verify(before !== undefined && before === after ? after : undefined);
    }
    this.lastScan = Date.now();
  }

  private emit(change: DraftChange): void {
    for (const listener of this.listeners) listener(change);
  }

  subscribe(listener: (change: DraftChange) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  async fingerprint(): Promise<string> {
    await this.refreshIfStale();
    const hash = createHash('sha256');
    for (const id of Object.keys(this.index.data.drafts).sort()) hash.update(`${id}\0${this.index.data.drafts[id]?.updatedAt}\n`);
    return hash.digest('hex');
  }

  async list(): Promise<DraftSummary[]> {
    await this.refreshIfStale();
    // Sorting 10,000 entries on every refresh of the UI would cost more than the rest of list().
    if (this.listed?.version !== this.index.version) {
      this.listed = { version: this.index.version, summaries: Object.values(this.index.data.drafts).sort(newestFirst).map(toSummary) };
    }
    return this.listed.summaries.slice();
  }

  async listTrash(): Promise<TrashedSummary[]> {
    await this.refreshIfStale();
    return Object.values(this.index.data.trash)
      .map((entry) => ({ ...toSummary(entry), deletedAt: entry.deletedAt ?? entry.updatedAt }))
      .sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
  }

  get(id: string): Promise<Draft> {
    return this.queue.run(id, async () => {
      const current = await this.cache.current(id);
      if (!current) throw notFound(id);
      return structuredClone(current);
    });
  }

  async create(draft: Draft): Promise<Draft> {
    const parsed = validateForSave(draft);
    return structuredClone(await this.queue.run(parsed.meta.id, () => this.write(parsed, { mustBeNew: true })));
  }

  createNew(): Promise<Draft> {
    return this.create(newDraft({ id: this.newId(), now: this.ctx.clock().toISOString() }));
  }

  async save(draft: Draft, options: SaveOptions = {}): Promise<{ updatedAt: string }> {
    // Parsing a 200 KB draft costs milliseconds of every autosave; the API boundary has just done it.
    const parsed = options.validated ? draft : validateForSave(draft);
    const stored = await this.queue.run(parsed.meta.id, () => this.write(parsed, { expected: options.expectedUpdatedAt }));
    return { updatedAt: stored.meta.updatedAt };
  }

  /** Stores `draft`; the answer is the cached object itself, so callers that hand it out clone it. */
  private async write(draft: Draft, rules: { mustBeNew?: boolean; expected?: string | undefined }): Promise<Draft> {
    const id = draft.meta.id;
    const current = await this.cache.storedMeta(id);
    checkWritable(id, current, this.index.data.trash[id] !== undefined, rules);
    // The content about to be replaced goes to the history first, so a crash cannot lose both.
    if (current && this.beforeReplace) await this.beforeReplace(id, () => this.cache.current(id));
    const next: Draft = { ...draft, meta: { ...draft.meta, updatedAt: nextUpdatedAt(this.ctx.clock(), current?.updatedAt) } };
    await this.watches.drafts.exclusive(async () => {
      const stamp = await this.cache.write(id, next);
      this.index.data.drafts[id] = entryFor(next, stamp ?? UNKNOWN_STAMP);
      this.index.markDirty();
    });
    this.emit({ type: 'saved', draft: next });
    return next;
  }

  delete(id: string): Promise<void> {
    return this.queue.run(id, async () => {
      const current = await this.cache.current(id);
      if (!current) throw notFound(id);
      await this.watches.drafts.exclusive(() =>
        this.watches.trash.exclusive(async () => {
          const { deletedAt, stamp } = await moveToTrash(this.ctx, id, current.title || id);
          delete this.index.data.drafts[id];
          this.index.data.trash[id] = entryFor(current, stamp, deletedAt);
          this.index.markDirty();
        }),
      );
      this.cache.forget(id);
      this.emit({ type: 'removed', id });
    });
  }

  discard(id: string): Promise<void> {
    return this.queue.run(id, async () => {
      if (!this.index.data.drafts[id]) throw notFound(id);
      try {
        await this.watches.drafts.exclusive(async () => {
          await this.ctx.fs.unlink(this.cache.path(id)).catch((error: unknown) => {
            if (!isNotFound(error)) throw error;
          });
          await fsyncDir(this.ctx.paths.drafts, this.ctx.fs);
          delete this.index.data.drafts[id];
          this.index.markDirty();
        });
      } catch (error) {
        throw ioError(error, 'gỡ bản thảo');
      }
      this.cache.forget(id);
      this.emit({ type: 'removed', id });
    });
  }

  private get host(): ShelfHost {
    return { ctx: this.ctx, index: this.index, watches: this.watches, queue: this.queue, cache: this.cache };
  }

  async restoreFromTrash(id: string): Promise<DraftSummary> {
    await this.refreshIfStale();
    return restoreFromTrash(this.host, id);
  }

  async emptyTrash(): Promise<string[]> {
    await this.refreshIfStale();
    return emptyTrash(this.host);
  }

  async purgeTrash(maxAgeMs: number): Promise<string[]> {
    await this.refreshIfStale();
    return purgeTrash(this.host, maxAgeMs);
  }

  async flush(): Promise<void> {
    await this.queue.idle();
    await this.index.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    // A folder changed in the last few ms cannot be recorded as checked yet (folder-watch.ts):
    // waiting that out here lets the next open skip the per-file scan.
    const racy = await Promise.all(SHELVES.map((shelf) => this.watches[shelf].isRacy()));
    if (racy.includes(true)) await new Promise((resolve) => setTimeout(resolve, RACY_WINDOW_MS + 5));
    this.closing = true;
    try {
      this.index.markDirty();
      await this.index.flush();
    } finally {
      this.closing = false;
    }
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
  const index = new IndexStore(paths.index, { ...writeOptions, writeDelayMs: options.indexWriteDelayMs ?? 10_000 });
  const repo = new FileDraftRepository(ctx, index, options.newId ?? randomUUID, options.beforeReplace);
  try {
    await repo.init();
  } catch (error) {
    throw ioError(error, 'mở kho bản thảo');
  }
  return repo;
}

