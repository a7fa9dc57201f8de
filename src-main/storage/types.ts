/** The storage API the services and the CLI use; implementations live beside this file. */
import type { DraftSummary, Revision, TrashedSummary } from '../shared/api/contract';
import type { Draft } from '../shared/domain/draft-schema';

/** Options of DraftRepository.save. */
export interface SaveOptions {
  /** The updatedAt the caller's copy was based on; a stored draft with another one is not overwritten. */
  expectedUpdatedAt?: string | undefined;
  /**
   * The caller has just parsed the draft with DraftSchema (the API boundary does) and hands the
   * object over: it is stored without a second parse and must not be changed afterwards.
   */
  validated?: boolean;
}

/** What changed in the store, for listeners such as the search index. */
export type DraftChange = { type: 'saved'; draft: Draft } | { type: 'removed'; id: string };

export interface DraftRepository {
  /** Summaries of all drafts not in the trash, newest first; read from the derived index. */
  list(): Promise<DraftSummary[]>;
  /** A stored draft; throws AppError NOT_FOUND. */
  get(id: string): Promise<Draft>;
  /** Stores a new draft; throws AppError CONFLICT if the id exists. */
  create(draft: Draft): Promise<Draft>;
  /**
   * Durably stores a draft (temp file, fsync, rename, folder fsync) and returns its new updatedAt.
   * With `expectedUpdatedAt`, throws AppError CONFLICT when the stored draft has another updatedAt.
   */
  save(draft: Draft, options?: SaveOptions): Promise<{ updatedAt: string }>;
  /** Removes a draft from the list (into the trash). */
  delete(id: string): Promise<void>;
  /**
   * Deletes a draft for good, not into the trash: only for drafts an import or a restore has just
   * created and is taking back because it failed part-way, so that nothing stored has changed.
   */
  discard(id: string): Promise<void>;
  /** Trashed drafts, most recently deleted first. */
  listTrash(): Promise<TrashedSummary[]>;
  /** Puts a trashed draft back in the list, unchanged; throws NOT_FOUND or CONFLICT. */
  restoreFromTrash(id: string): Promise<DraftSummary>;
  /** Deletes every trashed draft for good; answers their ids. */
  emptyTrash(): Promise<string[]>;
  /** Deletes trashed drafts deleted more than `maxAgeMs` ago (by their recorded deletion time); answers their ids. */
  purgeTrash(maxAgeMs: number): Promise<string[]>;
  /** Calls `listener` after every change; answers a function that stops it. */
  subscribe(listener: (change: DraftChange) => void): () => void;
  /** A digest of which drafts exist and their updatedAt; equal digests mean the same stored drafts. */
  fingerprint(): Promise<string>;
  /** Resolves when every pending write is on disk. */
  flush(): Promise<void>;
  /**
   * Flushes and records in the index that the store was left cleanly, so the next open can trust
   * the index without a stat per draft. The store stays usable (a later write drops the record).
   */
  close(): Promise<void>;
  /** Messages (Vietnamese) about files recovered or quarantined when the store opened. */
  notices(): string[];
}

/** Why a revision was taken. */
export type RevisionReason = Revision['reason'];

/** Revision history of drafts: full snapshots in `history/<id>/`. */
export interface HistoryStore {
  /** Revisions of a draft, newest first. */
  list(id: string): Promise<Revision[]>;
  /** A revision's content; throws AppError NOT_FOUND. */
  get(id: string, revision: number): Promise<Draft>;
  /**
   * Stores `draft` as a new revision and prunes by the policy. An 'export' or 'auto' snapshot of
   * content the newest revision already holds is not repeated (that revision is answered).
   */
  snapshot(draft: Draft, reason: RevisionReason): Promise<Revision>;
  /** The 5-minute throttle: snapshots the content about to be replaced when the last revision is older. */
  beforeReplace(id: string, previous: () => Promise<Draft | undefined>): Promise<void>;
  /** Stores revisions brought from elsewhere (a backup) as revisions of draft `id`, oldest first, then prunes. */
  adopt(id: string, revisions: ReadonlyArray<{ draft: Draft; reason: RevisionReason; createdAt: string }>): Promise<void>;
  /** Deletes a draft's whole history (after the draft is deleted for good). */
  remove(id: string): Promise<void>;
  /** Resolves when pending writes are done. */
  flush(): Promise<void>;
}
