/** The storage API the services and the CLI use; implementations live beside this file. */
import type { DraftSummary } from '../shared/api/contract';
import type { Draft } from '../shared/domain/draft-schema';

/** Options of DraftRepository.save. */
export interface SaveOptions {
  /** The updatedAt the caller's copy was based on; a stored draft with another one is not overwritten. */
  expectedUpdatedAt?: string;
}

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
  /** Resolves when every pending write is on disk. */
  flush(): Promise<void>;
  /** Messages (Vietnamese) about files recovered or quarantined when the store opened. */
  notices(): string[];
}
