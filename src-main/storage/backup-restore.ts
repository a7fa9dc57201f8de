/**
 * Restoring a backup: its drafts become NEW drafts (new ids) with their revision history, all or
 * nothing. Every entry is read and validated first (one at a time, so memory holds one draft
 * whatever the size of the backup); only then are drafts written, re-read from the zip, and a
 * failure part-way takes back what this restore wrote, so nothing stored has changed and a retry
 * adds no duplicates.
 */
import type { DraftSummary } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import type { Draft } from '../shared/domain/draft-schema';
import { MAX_BACKUP_ENTRY_BYTES, openBackup, type BackupDraftEntry, type OpenBackup } from './backup-read';
import type { StorageFs } from './fs-layer';
import type { MigrationStep } from './migrations';
import { discardCreated, parseForeignDraft, summaryOf } from './transfer';
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
/** Revisions are handed to the history in batches of about this many bytes, not all at once. */
const REVISION_BATCH_BYTES = 4 * MAX_BACKUP_ENTRY_BYTES;

type AdoptedRevision = { draft: Draft; reason: RevisionReason; createdAt: string };

/** A revision file's content as the history adopts it, or undefined when it is not usable. */
function revisionOf(raw: unknown, steps?: ReadonlyMap<number, MigrationStep>): AdoptedRevision | undefined {
  const file = raw as { createdAt?: unknown; reason?: unknown; draft?: unknown } | null;
  if (typeof file?.createdAt !== 'string' || Number.isNaN(Date.parse(file.createdAt))) return undefined;
  const reason = REASONS.has(file.reason as RevisionReason) ? (file.reason as RevisionReason) : 'auto';
  const parsed = parseForeignDraft(file.draft, 'Phiên bản', steps);
  return parsed.ok ? { draft: parsed.draft, reason, createdAt: file.createdAt } : undefined;
}

/** The first pass: which drafts and revisions are usable; nothing is kept in memory but that. */
async function plan(backup: OpenBackup, steps?: ReadonlyMap<number, MigrationStep>): Promise<{ planned: BackupDraftEntry[]; problems: string[] }> {
  const planned: BackupDraftEntry[] = [];
  const problems: string[] = [];
  for (const draft of backup.drafts) {
    const read = await backup.readJson(draft.entry);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const parsed = parseForeignDraft(read.value, `Bản thảo "${draft.id}" trong bản sao lưu`, steps);
    if (!parsed.ok) {
      problems.push(`${parsed.message} Bản này được bỏ qua.`);
      continue;
    }
    const revisions: BackupDraftEntry['revisions'] = [];
    for (const revision of draft.revisions) {
      const raw = await backup.readJson(revision.entry);
      if (raw.ok && revisionOf(raw.value, steps)) revisions.push(revision);
    }
    if (revisions.length < draft.revisions.length) {
      const skipped = draft.revisions.length - revisions.length;
      problems.push(`${skipped} phiên bản của bản thảo "${parsed.draft.title || draft.id}" trong bản sao lưu bị hỏng và được bỏ qua.`);
    }
    planned.push({ ...draft, revisions });
  }
  return { planned, problems };
}

/** Reads a planned entry again for writing; the file must still say what the first pass read. */
async function reread<T>(backup: OpenBackup, entry: BackupDraftEntry['entry'], parse: (raw: unknown) => T | undefined): Promise<T> {
  const read = await backup.readJson(entry);
  const value = read.ok ? parse(read.value) : undefined;
  if (value === undefined) throw new AppError('IO_ERROR', `Tệp "${entry.name}" trong bản sao lưu đã thay đổi trong khi khôi phục.`);
  return value;
}

/** The second pass: writes the planned drafts and their history as new drafts. */
async function write(backup: OpenBackup, planned: readonly BackupDraftEntry[], deps: RestoreDeps, created: Draft[]): Promise<DraftSummary[]> {
  const summaries: DraftSummary[] = [];
  for (const item of planned) {
    const draft = await reread(backup, item.entry, (raw) => {
      const parsed = parseForeignDraft(raw, '', deps.migrations);
      return parsed.ok ? parsed.draft : undefined;
    });
    const now = deps.clock().toISOString();
    const stored = await deps.drafts.create({ ...draft, meta: { ...draft.meta, id: deps.newId(), createdAt: now, updatedAt: now } });
    created.push(stored);
    summaries.push(summaryOf(stored));
    let batch: AdoptedRevision[] = [];
    let bytes = 0;
    for (const { entry } of item.revisions) {
      batch.push(await reread(backup, entry, (raw) => revisionOf(raw, deps.migrations)));
      bytes += entry.size;
      if (bytes >= REVISION_BATCH_BYTES) {
        await deps.history.adopt(stored.meta.id, batch);
        batch = [];
        bytes = 0;
      }
    }
    if (batch.length > 0) await deps.history.adopt(stored.meta.id, batch);
  }
  return summaries;
}

/**
 * Adds every readable draft of the backup at `path` as a new draft, with its history; never
 * writes over an existing draft. Answers the new drafts and what was skipped (Vietnamese). Throws
 * AppError, having changed nothing stored, when the backup is unusable or writing fails.
 */
export async function restoreBackup(path: string, deps: RestoreDeps): Promise<{ imported: DraftSummary[]; problems: string[] }> {
  const backup = await openBackup(path, deps.fs);
  try {
    const { planned, problems } = await plan(backup, deps.migrations);
    if (planned.length === 0) {
      throw new AppError('INVALID_ARGUMENT', problems[0] ?? 'Bản sao lưu không có bản thảo nào để khôi phục.');
    }
    const created: Draft[] = [];
    try {
      return { imported: await write(backup, planned, deps, created), problems };
    } catch (error) {
      const left = await discardCreated(deps.drafts, created, deps.history);
      // An unexpected error taken back cleanly goes on as it is, to be reported as one.
      if (!(error instanceof AppError) && left.length === 0) throw error;
      const cause = error instanceof AppError ? error.message : 'Đã xảy ra lỗi không mong muốn.';
      const outcome =
        left.length === 0
          ? 'Chưa có bản thảo nào được khôi phục; dữ liệu đã lưu không thay đổi.'
          : `Không gỡ được ${left.length} bản thảo đã khôi phục dở (${left.map((t) => `"${t}"`).join(', ')}); hãy xoá chúng trong danh sách rồi thử lại.`;
      const wrapped = new AppError(error instanceof AppError ? error.code : 'IO_ERROR', `Không khôi phục được bản sao lưu: ${cause} ${outcome}`);
      wrapped.cause = error;
      throw wrapped;
    }
  } finally {
    await backup.close().catch(() => undefined);
  }
}
