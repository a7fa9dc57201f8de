/**
 * Revision history: full snapshots of a draft in `history/<id>/<n>.json`, each written durably,
 * with `history/<id>/index.json` listing them. Revisions are the clerk's data (the index is not):
 * the index is checked against the folder when first read and healed, never trusted blindly.
 *
 * When: on save at most every 5 minutes (the content about to be replaced, so the state before
 * an editing session is always kept — the Joplin lesson), on export, on demand, and before a
 * restore (so restoring can be undone). Pruned by shared/domain/history-policy.ts.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { Revision } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import type { Draft } from '../shared/domain/draft-schema';
import { revisionsToKeep } from '../shared/domain/history-policy';
import { CorruptFileError, parseStoredJson } from './durable-json-adapter';
import { durableWriteFile, ioError, type DurableWriteOptions } from './durable-write';
import { validateStoredDraft } from './draft-file';
import { isNotFound, nodeFs, statOrUndefined, type StorageFs } from './fs-layer';
import { DRAFT_MIGRATIONS, type MigrationStep } from './migrations';
import { dataPaths } from './paths';
import { KeyedQueue } from './serial-queue';
import type { HistoryStore, RevisionReason } from './types';

/** Minimum time between two automatic revisions of one draft. */
export const AUTO_SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;
const REVISION_FORMAT = 'soan-bao-cao-revision';
const REVISION_FILE = /^(\d{1,9})\.json$/;

const EntrySchema = z.object({
  revision: z.number().int().min(1),
  createdAt: z.string(),
  reason: z.enum(['auto', 'manual', 'export', 'restore']),
  title: z.string(),
  size: z.number().int().min(0),
  /** The snapshotted content's updatedAt: equal values mean the same content, so it is not stored twice. */
  draftUpdatedAt: z.string(),
});
type Entry = z.infer<typeof EntrySchema>;

const HistoryIndexSchema = z.object({
  historyVersion: z.literal(1),
  /** The next revision number; numbers are never reused, even after pruning. */
  next: z.number().int().min(1),
  revisions: z.array(EntrySchema),
});
type HistoryIndex = z.infer<typeof HistoryIndexSchema>;

const RevisionFileSchema = z.object({
  format: z.literal(REVISION_FORMAT),
  revision: z.number().int().min(1),
  createdAt: z.string(),
  reason: z.enum(['auto', 'manual', 'export', 'restore']),
  draft: z.unknown(),
});

/** Options of openHistoryStore. */
export interface OpenHistoryOptions {
  dataDir: string;
  fs?: StorageFs;
  clock?: () => Date;
  migrations?: ReadonlyMap<number, MigrationStep>;
  write?: Omit<DurableWriteOptions, 'fs'>;
  /** Where problems found on the way (a damaged revision file) are reported, in Vietnamese. */
  notices?: string[];
}

const toRevision = ({ revision, createdAt, reason, title, size }: Entry): Revision => ({ revision, createdAt, reason, title, size });

/** Opens the revision history of the drafts in `dataDir`. */
export function openHistoryStore(options: OpenHistoryOptions): HistoryStore {
  const fs = options.fs ?? nodeFs;
  const root = dataPaths(options.dataDir).history;
  const clock = options.clock ?? (() => new Date());
  const steps = options.migrations ?? DRAFT_MIGRATIONS;
  const writeOptions: DurableWriteOptions = { createDir: true, ...options.write, fs };
  const notices = options.notices ?? [];
  const queue = new KeyedQueue();
  const indexes = new Map<string, HistoryIndex>();

  const dirOf = (id: string) => join(root, id);
  const fileOf = (id: string, revision: number) => join(dirOf(id), `${revision}.json`);
  const indexPath = (id: string) => join(dirOf(id), 'index.json');

  async function readRevisionFile(id: string, revision: number) {
    const path = fileOf(id, revision);
    const bytes = await fs.readFile(path);
    const envelope = RevisionFileSchema.safeParse(parseStoredJson(path, bytes));
    if (!envelope.success || envelope.data.revision !== revision) throw new CorruptFileError(path, 'invalid');
    const { draft } = validateStoredDraft(envelope.data.draft, path, id, steps);
    return { ...envelope.data, draft, size: bytes.length };
  }

  async function readIndexFile(id: string): Promise<HistoryIndex | undefined> {
    try {
      const parsed = HistoryIndexSchema.safeParse(parseStoredJson(indexPath(id), await fs.readFile(indexPath(id))));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined; // missing or damaged: rebuilt from the revision files below
    }
  }

  async function revisionsOnDisk(id: string): Promise<Set<number>> {
    let names: string[];
    try {
      names = await fs.readdir(dirOf(id));
    } catch (error) {
      if (!isNotFound(error)) throw ioError(error, 'đọc lịch sử phiên bản');
      names = [];
    }
    return new Set(names.flatMap((name) => Number(REVISION_FILE.exec(name)?.[1] ?? NaN) || []));
  }

  /**
   * The index of a draft's history, healed against the files actually there. With `fresh`, a
   * cached index is checked against the folder too (the CLI may have added revisions meanwhile).
   */
  async function load(id: string, fresh = false): Promise<HistoryIndex> {
    const cached = indexes.get(id);
    if (cached && !fresh) return cached;
    const onDisk = await revisionsOnDisk(id);
    if (cached && onDisk.size === cached.revisions.length && cached.revisions.every((e) => onDisk.has(e.revision))) return cached;
    const stored = await readIndexFile(id);
    const index: HistoryIndex = { historyVersion: 1, next: 1, revisions: [] };
    const listed = new Map((stored?.revisions ?? []).map((entry) => [entry.revision, entry]));
    let healed = stored === undefined && onDisk.size > 0;
    for (const revision of [...onDisk].sort((a, b) => a - b)) {
      const known = listed.get(revision);
      if (known) {
        index.revisions.push(known);
        continue;
      }
      healed = true;
      try {
        const file = await readRevisionFile(id, revision);
        const { createdAt, reason, draft, size } = file;
        index.revisions.push({ revision, createdAt, reason, title: draft.title, size, draftUpdatedAt: draft.meta.updatedAt });
      } catch (error) {
        // Left where it is (it may be someone's only copy of that state), just not listed.
        notices.push(`Phiên bản ${revision} của bản thảo "${id}" không đọc được (${String(error)}); tệp được giữ nguyên.`);
      }
    }
    if (listed.size !== index.revisions.length) healed = true;
    index.next = Math.max(stored?.next ?? 1, ...[...onDisk].map((n) => n + 1));
    indexes.set(id, index);
    if (healed) await writeIndex(id, index).catch(() => undefined);
    return index;
  }

  async function writeIndex(id: string, index: HistoryIndex): Promise<void> {
    await durableWriteFile(indexPath(id), `${JSON.stringify(index)}\n`, writeOptions);
  }

  async function prune(id: string, index: HistoryIndex): Promise<void> {
    const keep = revisionsToKeep(index.revisions, clock());
    const dropped = index.revisions.filter((entry) => !keep.has(entry.revision));
    if (dropped.length === 0) return;
    index.revisions = index.revisions.filter((entry) => keep.has(entry.revision));
    for (const entry of dropped) await fs.unlink(fileOf(id, entry.revision)).catch(() => undefined);
  }

  async function take(draft: Draft, reason: RevisionReason, createdAt = clock().toISOString(), pruneNow = true): Promise<Revision> {
    const id = draft.meta.id;
    const index = await load(id);
    const newest = index.revisions.at(-1);
    if (newest && (reason === 'auto' || reason === 'export') && newest.draftUpdatedAt === draft.meta.updatedAt) {
      return toRevision(newest);
    }
    let revision = index.next;
    // A number another process (the CLI) used meanwhile is skipped, never written over.
    while (await statOrUndefined(fs, fileOf(id, revision))) revision++;
    const text = `${JSON.stringify({ format: REVISION_FORMAT, revision, createdAt, reason, draft })}\n`;
    try {
      // The revision file is durable before the index names it; a crash in between is healed by load().
      await durableWriteFile(fileOf(id, revision), text, writeOptions);
      const entry: Entry = { revision, createdAt, reason, title: draft.title, size: Buffer.byteLength(text), draftUpdatedAt: draft.meta.updatedAt };
      index.next = revision + 1;
      index.revisions.push(entry);
      if (pruneNow) await prune(id, index);
      await writeIndex(id, index);
      return toRevision(entry);
    } catch (error) {
      indexes.delete(id); // re-read from disk next time rather than trust a half-updated copy
      throw ioError(error, 'lưu phiên bản');
    }
  }

  return {
    list: (id) => queue.run(id, async () => (await load(id, true)).revisions.map(toRevision).reverse()),
    get: (id, revision) =>
      queue.run(id, async () => {
        const index = await load(id);
        if (!index.revisions.some((entry) => entry.revision === revision)) {
          throw new AppError('NOT_FOUND', `Không có phiên bản ${revision} của bản thảo này.`);
        }
        try {
          return (await readRevisionFile(id, revision)).draft;
        } catch (error) {
          if (error instanceof CorruptFileError || isNotFound(error)) {
            throw new AppError('NOT_FOUND', `Phiên bản ${revision} bị hỏng hoặc đã mất nên không mở được.`);
          }
          throw ioError(error, 'đọc phiên bản');
        }
      }),
    snapshot: (draft, reason) => queue.run(draft.meta.id, () => take(draft, reason)),
    beforeReplace: (id, previous) =>
      queue.run(id, async () => {
        const newest = (await load(id)).revisions.at(-1);
        const elapsed = newest ? clock().getTime() - Date.parse(newest.createdAt) : Infinity;
        // A newest revision "in the future" (clock set back) does not hold snapshots off.
        if (elapsed >= 0 && elapsed < AUTO_SNAPSHOT_INTERVAL_MS) return;
        const draft = await previous();
        if (draft) await take(draft, 'auto');
      }),
    adopt: (id, revisions) =>
      queue.run(id, async () => {
        for (const { draft, reason, createdAt } of revisions) {
          await take({ ...draft, meta: { ...draft.meta, id } }, reason, createdAt, false);
        }
        const index = await load(id);
        await prune(id, index);
        await writeIndex(id, index).catch((error: unknown) => {
          throw ioError(error, 'lưu phiên bản');
        });
      }),
    remove: (id) =>
      queue.run(id, async () => {
        indexes.delete(id);
        await fs.rmTree(dirOf(id)).catch((error: unknown) => {
          throw ioError(error, 'xoá lịch sử phiên bản');
        });
      }),
    flush: () => queue.idle(),
  };
}
