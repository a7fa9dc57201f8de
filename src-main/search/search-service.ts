/**
 * The search service: keeps the draft search index current and persisted between runs.
 *
 * `<dataDir>/search-index.json` is a cache: a header line (format, index version, the
 * repository's fingerprint when written) and the minisearch JSON. It is derived and rebuildable,
 * so it is written with a plain temp file + rename (no fsync), and an unreadable, foreign or stale
 * file is simply rebuilt: never an error for the user.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Draft } from '../shared/domain/draft-schema';
import { DraftSearchIndex, hitSnippet, SEARCH_INDEX_VERSION, type SearchHit, type SearchOptions } from './draft-search-index';
import { fieldText } from './draft-text';

/** File name of the persisted index inside the data folder. */
export const SEARCH_INDEX_FILE = 'search-index.json';
const FORMAT = 'soan-bao-cao/search-index';
/** Hits per search unless the caller asks for more. */
const DEFAULT_LIMIT = 20;
/**
 * Hits that get a snippet from their loaded draft; later ones keep their title snippet. Each load
 * costs about a millisecond, so 200 of them would dwarf the search itself.
 */
export const SNIPPET_LOADS = 20;

export interface SearchServiceOptions {
  dataDir: string;
  /** Every stored draft, for a rebuild. */
  loadAllDrafts: () => AsyncIterable<Draft>;
  /** A digest of the repository's state (e.g. of ids + updatedAt); equal digests mean the same drafts. */
  fingerprint: () => Promise<string>;
  /** One draft, for snippets of hits outside the title (only the few hits returned are loaded). */
  loadDraft: (id: string) => Promise<Draft>;
  /**
   * Idle time after the last change before the index is written; 2 minutes by default.
   * Serializing blocks the main process (about a second at 10,000 drafts), so it waits for a
   * quiet moment; a crash before it only costs a rebuild at the next start.
   */
  persistDelayMs?: number;
  /** Told about problems the service got over by itself (unreadable index file, failed write). */
  onError?: (error: unknown) => void;
}

/** How the index came to be at open: read from the file, or rebuilt from the drafts. */
export type IndexOrigin = 'loaded' | 'rebuilt';

export interface SearchService {
  /** Resolves once the index is loaded or rebuilt; until then searches wait and changes queue. */
  readonly ready: Promise<IndexOrigin>;
  /**
   * Up to `limit` (20) hits, exact-diacritic matches first, with snippets and highlights: from
   * the matched field for the first SNIPPET_LOADS hits, from the title after them.
   */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Re-indexes a draft after it was created or saved. */
  onDraftSaved(draft: Draft): void;
  /** Drops a draft after it was deleted. */
  onDraftRemoved(id: string): void;
  /** Writes the index now if it changed; resolves when it is on disk. */
  flush(): Promise<void>;
  /** Drafts indexed (0 until ready). */
  readonly size: number;
}

interface Header {
  format: string;
  version: number;
  fingerprint: string;
}

/** Opens the search service; the index loads or rebuilds in the background (see `ready`). */
export function openSearchService(options: SearchServiceOptions): SearchService {
  const { dataDir, persistDelayMs = 120_000 } = options;
  const file = join(dataDir, SEARCH_INDEX_FILE);
  const report = (error: unknown): void => options.onError?.(error);
  let index: DraftSearchIndex | null = null;
  let pending: Array<(target: DraftSearchIndex) => void> = [];
  let dirty = false;
  /** False after a failed rebuild: a partial index must not be saved as if complete. */
  let persistable = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  async function currentFingerprint(): Promise<string | null> {
    try {
      return await options.fingerprint();
    } catch (error) {
      report(error);
      return null;
    }
  }

  async function loadFile(fingerprint: string | null): Promise<DraftSearchIndex | null> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') report(error);
      return null;
    }
    try {
      const newline = text.indexOf('\n');
      const header = JSON.parse(text.slice(0, newline)) as Partial<Header>;
      const current = header.format === FORMAT && header.version === SEARCH_INDEX_VERSION;
      if (!current || fingerprint === null || header.fingerprint !== fingerprint) return null;
      return await DraftSearchIndex.fromJSONAsync(JSON.parse(text.slice(newline + 1)));
    } catch (error) {
      report(new Error(`Search index file unreadable, rebuilding: ${String(error)}`));
      return null;
    }
  }

  async function rebuild(): Promise<DraftSearchIndex> {
    const fresh = DraftSearchIndex.create();
    let count = 0;
    try {
      for await (const draft of options.loadAllDrafts()) {
        safely(() => fresh.add(draft));
        // Indexing a draft takes a few milliseconds: yield now and then so IPC stays responsive.
        if (++count % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      dirty = true;
    } catch (error) {
      // Keep what was indexed so search still works, but do not persist a partial index.
      persistable = false;
      report(error);
    }
    return fresh;
  }

  async function open(): Promise<IndexOrigin> {
    const loaded = await loadFile(await currentFingerprint());
    const loadedOrBuilt = loaded ?? (await rebuild());
    index = loadedOrBuilt;
    // Changes that arrived meanwhile are newer than anything read from disk: apply them last.
    const queued = pending;
    pending = [];
    for (const apply of queued) safely(() => apply(loadedOrBuilt));
    if (dirty) void flush();
    return loaded ? 'loaded' : 'rebuilt';
  }

  async function write(): Promise<void> {
    if (!dirty || !index || !persistable) return;
    // Taken before serializing: a change landing in between is then in the index but not in the
    // fingerprint, which only costs a rebuild at next open. A save whose event comes after the
    // write marks the index dirty again, so the next write (at the latest on quit) catches up.
    const fingerprint = await currentFingerprint();
    if (fingerprint === null) return;
    dirty = false;
    const header: Header = { format: FORMAT, version: SEARCH_INDEX_VERSION, fingerprint };
    const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temp, `${JSON.stringify(header)}\n${JSON.stringify(index)}`, 'utf8');
      await rename(temp, file);
    } catch (error) {
      dirty = true;
      await rm(temp, { force: true }).catch(() => undefined);
      report(error);
    }
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    writing = writing.then(write, write);
    return writing;
  }

  /** Runs an index update; a draft the index cannot take is reported, never thrown at a save. */
  function safely(update: () => void): void {
    try {
      update();
    } catch (error) {
      report(error);
    }
  }

  function change(apply: (target: DraftSearchIndex) => void): void {
    const target = index;
    if (target) safely(() => apply(target));
    else pending.push(apply);
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), persistDelayMs);
    timer.unref?.();
  }

  async function withSnippet(hit: SearchHit, query: string): Promise<SearchHit> {
    if (hit.field === 'title') return hit;
    try {
      const text = fieldText(await options.loadDraft(hit.id), hit.field);
      return { ...hit, ...hitSnippet(text, query) };
    } catch {
      return hit; // deleted meanwhile: the title snippet will do
    }
  }

  const ready = open();
  return {
    ready,
    async search(query, searchOptions) {
      await ready;
      // A page of hits by default: each non-title hit costs a draft load for its snippet.
      const hits = index?.search(query, { ...searchOptions, limit: searchOptions?.limit ?? DEFAULT_LIMIT }) ?? [];
      return Promise.all(hits.map((hit, i) => (i < SNIPPET_LOADS ? withSnippet(hit, query) : hit)));
    },
    onDraftSaved: (draft) => change((target) => target.update(draft)),
    onDraftRemoved: (id) => change((target) => target.remove(id)),
    async flush() {
      await ready;
      await flush();
    },
    get size() {
      return index?.size ?? 0;
    },
  };
}
