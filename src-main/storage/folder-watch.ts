/**
 * Knowing, without a stat per draft, that a shelf folder (drafts/ or trash/) changed only through
 * this process. Every rename, create or unlink in a folder updates its mtime, so:
 * - our own changes run one at a time through `exclusive`, which stats the folder before and
 *   after: if it was verified before, it is verified after (the change was ours);
 * - any other change (the CLI, a copy by hand) leaves an mtime we did not see, and the next check
 *   falls back to the per-file scan.
 * The index records a verified folder's mtime only when the store closes cleanly
 * (prepareCleanIndex), so the next open can list without one stat per draft; after a crash
 * there is no record and the open scans every file, as recovery must.
 * Not caught: a file rewritten in place (no rename, so the folder mtime stays) and an outside
 * rename landing inside one of our own changes; get() still validates every file it reads.
 */
import { newestFirst, type DraftIndexData, type FolderStamp, type Shelf } from './draft-index';
import { idFromFileName } from './draft-file';
import type { StorageFs } from './fs-layer';

/**
 * A folder mtime this close to "now" may still be shared by a change made later in the same
 * timestamp tick (a few ms on ext4 and NTFS), so it is not recorded as trustworthy yet (the
 * "racily clean" case of git's index).
 */
export const RACY_WINDOW_MS = 50;

/** The verified state of one shelf folder. */
export class FolderWatch {
  private verified: number | undefined;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly fs: StorageFs,
    readonly dir: string,
  ) {}

  /** The folder's mtime now, undefined when it cannot be read. */
  async mtime(): Promise<number | undefined> {
    try {
      return (await this.fs.stat(this.dir)).mtimeMs;
    } catch {
      return undefined;
    }
  }

  /** Runs one of our own changes to the folder, keeping it verified if it was. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = async () => {
      const before = await this.mtime();
      try {
        return await fn();
      } finally {
        const after = await this.mtime();
        this.verified = before !== undefined && before === this.verified ? after : undefined;
      }
    };
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** True when the folder is as last verified: no change but ours since. */
  async unchanged(): Promise<boolean> {
    const now = await this.mtime();
    return now !== undefined && now === this.verified;
  }

  /** Records that the entries match the folder as it was at `mtime`. */
  verify(mtime: number | undefined): void {
    this.verified = mtime;
  }

  /** The stamp to record in the index for `count` entries, or undefined when not verified or too recent. */
  async stampFor(count: number, now = Date.now()): Promise<FolderStamp | undefined> {
    const mtime = await this.mtime();
    if (mtime === undefined || mtime !== this.verified || isRacy(mtime, now)) return undefined;
    return { mtimeMs: mtime, count };
  }

  /**
   * True (and the folder verified) when a recorded stamp still describes it: same mtime and as
   * many entries as recorded, with no stat per file. Where the file system keeps only whole
   * seconds (FAT's 2 s, some network shares) an add or remove could hide inside one tick, so
   * there the file names are compared too (one readdir).
   */
  async holds(stamp: FolderStamp | undefined, entries: Readonly<Record<string, unknown>>): Promise<boolean> {
    if (!stamp || stamp.count !== Object.keys(entries).length) return false;
    const mtime = await this.mtime();
    if (mtime === undefined || mtime !== stamp.mtimeMs) return false;
    if (Number.isInteger(mtime / 1000) && !(await this.sameNames(entries, stamp.count))) return false;
    this.verified = mtime;
    return true;
  }

  private async sameNames(entries: Readonly<Record<string, unknown>>, count: number): Promise<boolean> {
    let found = 0;
    for (const name of await this.fs.readdir(this.dir)) {
      if (!name.endsWith('.json')) continue;
      // A known id first: the pattern check is only for names the index does not have.
      if (entries[name.slice(0, -5)] !== undefined) found++;
      else if (idFromFileName(name) !== undefined) return false;
    }
    return found === count;
  }

  /** True when the folder is verified but its mtime is too recent to record. */
  async isRacy(now = Date.now()): Promise<boolean> {
    const mtime = await this.mtime();
    return mtime !== undefined && mtime === this.verified && isRacy(mtime, now);
  }
}

function isRacy(mtime: number, now: number): boolean {
  return now - mtime < RACY_WINDOW_MS;
}


/** Readies the index written at a clean close: entries newest first, and each verified folder's stamp. */
export async function prepareCleanIndex(data: DraftIndexData, watches: Record<Shelf, FolderWatch>): Promise<void> {
  for (const shelf of ['drafts', 'trash'] as const) {
    // Stored newest first, so the first list() after the next open sorts an already ordered array.
    const entries = data[shelf];
    const sorted = Object.values(entries).sort(newestFirst);
    for (const entry of sorted) delete entries[entry.id];
    for (const entry of sorted) entries[entry.id] = entry;
  }
  data.folders = {
    drafts: await watches.drafts.stampFor(Object.keys(data.drafts).length),
    trash: await watches.trash.stampFor(Object.keys(data.trash).length),
  };
}
