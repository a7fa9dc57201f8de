/** Restoring a backup: its drafts become NEW drafts (new ids) with their revision history. */
import type { DraftSummary } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import type { Draft } from '../shared/domain/draft-schema';
import { readBackup } from './backup';
import type { StorageFs } from './fs-layer';
import type { MigrationStep } from './migrations';
import { importAsNew, parseForeignDraft } from './transfer';
import type { DraftRepository, HistoryStore, RevisionReason } from './types';

/** What restoreBackup needs. */
export interface RestoreDeps {
  drafts: DraftRepository;
  history: HistoryStore;
  newId: () => string;
  clock: () => Date;
  fs?: StorageFs;
  migrations?: ReadonlyMap<number, MigrationStep>;
}

const REASONS = new Set<RevisionReason>(['auto', 'manual', 'export', 'restore']);

/** The revisions of a backed-up draft that are still readable, oldest first. */
function usableRevisions(revisions: ReadonlyArray<{ revision: number; raw: unknown }>, steps?: ReadonlyMap<number, MigrationStep>) {
  const usable: Array<{ draft: Draft; reason: RevisionReason; createdAt: string }> = [];
  for (const { raw } of [...revisions].sort((a, b) => a.revision - b.revision)) {
    const file = raw as { createdAt?: unknown; reason?: unknown; draft?: unknown } | null;
    if (typeof file?.createdAt !== 'string' || Number.isNaN(Date.parse(file.createdAt))) continue;
    const reason = REASONS.has(file.reason as RevisionReason) ? (file.reason as RevisionReason) : 'auto';
    const parsed = parseForeignDraft(file.draft, 'Phiên bản', steps);
    if (parsed.ok) usable.push({ draft: parsed.draft, reason, createdAt: file.createdAt });
  }
  return usable;
}

/**
 * Adds every readable draft of the backup at `path` as a new draft, with its history; never
 * writes over an existing draft. Answers the new drafts and what was skipped (Vietnamese).
 */
export async function restoreBackup(path: string, deps: RestoreDeps): Promise<{ imported: DraftSummary[]; problems: string[] }> {
  const content = await readBackup(path, deps.fs);
  const problems = [...content.problems];
  const valid: Array<{ draft: Draft; revisions: ReturnType<typeof usableRevisions> }> = [];
  for (const [id, { raw, revisions }] of content.drafts) {
    const parsed = parseForeignDraft(raw, `Bản thảo "${id}" trong bản sao lưu`, deps.migrations);
    if (!parsed.ok) problems.push(`${parsed.message} Bản này được bỏ qua.`);
    else valid.push({ draft: parsed.draft, revisions: usableRevisions(revisions, deps.migrations) });
  }
  if (valid.length === 0) {
    throw new AppError('INVALID_ARGUMENT', problems[0] ?? 'Bản sao lưu không có bản thảo nào để khôi phục.');
  }
  const { summaries, created } = await importAsNew(deps.drafts, valid.map((v) => v.draft), deps);
  for (const [index, draft] of created.entries()) {
    const revisions = valid[index]?.revisions ?? [];
    if (revisions.length === 0) continue;
    try {
      await deps.history.adopt(draft.meta.id, revisions);
    } catch {
      problems.push(`Không khôi phục được lịch sử phiên bản của "${draft.title || draft.meta.id}"; bản thảo vẫn được khôi phục.`);
    }
  }
  return { imported: summaries, problems };
}
