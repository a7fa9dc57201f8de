/**
 * Moving drafts between machines: one transfer file out, and drafts in — always as new drafts
 * (new id, never over an existing one). A refused file changes nothing stored.
 */
import { join } from 'node:path';
import { MAX_TRANSFER_CHARS, type DraftSummary } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import { DraftSchema, type Draft } from '../shared/domain/draft-schema';
import { tooDeepMessage } from '../shared/domain/limits';
import { cleanFileStem } from '../shared/domain/file-name';
import { buildTransferText, readTransferText } from '../shared/domain/transfer-format';
import { durableWriteFile, ioError, type DurableWriteOptions } from './durable-write';
import { describeIssue } from './draft-file';
import { entryFor, toSummary } from './draft-index';
import { nodeFs, type StorageFs } from './fs-layer';
import { DRAFT_MIGRATIONS, MigrationError, migrateDraft, type MigrationStep, type RawDraft } from './migrations';
import { freePath } from './quarantine';
import type { DraftRepository, HistoryStore } from './types';

/** Transfer files read from disk are refused above this many bytes, before they are read. */
export const MAX_TRANSFER_BYTES = 3 * MAX_TRANSFER_CHARS;

const invalid = (message: string) => new AppError('INVALID_ARGUMENT', message);

/** A draft from outside (transfer file, backup) brought to the current format, or why not (Vietnamese). */
export function parseForeignDraft(
  raw: unknown,
  label: string,
  steps: ReadonlyMap<number, MigrationStep> = DRAFT_MIGRATIONS,
): { ok: true; draft: Draft } | { ok: false; message: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: `${label} không phải một bản thảo.` };
  // Checked without recursion before the migrations and the schema walk it.
  const tooDeep = tooDeepMessage(raw);
  if (tooDeep) return { ok: false, message: `${label}: ${tooDeep}.` };
  let migrated: RawDraft;
  try {
    migrated = migrateDraft(raw as RawDraft, steps).draft;
  } catch (error) {
    const newer = error instanceof MigrationError && error.reason === 'newer-version';
    return {
      ok: false,
      message: newer
        ? `${label} có định dạng mới hơn phiên bản ứng dụng này đọc được. Hãy cập nhật ứng dụng Soạn Báo Cáo.`
        : `${label} có phiên bản định dạng không hợp lệ.`,
    };
  }
  const parsed = DraftSchema.safeParse(migrated);
  if (!parsed.success) return { ok: false, message: `${label} không hợp lệ ở ${describeIssue(parsed.error)}.` };
  return { ok: true, draft: parsed.data };
}

/** The drafts of a transfer text, all valid, or AppError INVALID_ARGUMENT naming what is wrong (all or nothing). */
export function parseTransfer(text: string, steps?: ReadonlyMap<number, MigrationStep>): Draft[] {
  const read = readTransferText(text, MAX_TRANSFER_CHARS);
  if (!read.ok) throw invalid(read.message);
  return read.drafts.map((raw, index) => {
    const title = (raw as { title?: unknown }).title;
    const label = `Bản thảo thứ ${index + 1}${typeof title === 'string' && title.trim() ? ` ("${title.replace(/\s+/g, ' ').trim().slice(0, 80)}")` : ''}`;
    const result = parseForeignDraft(raw, label, steps);
    if (!result.ok) throw invalid(`Không nhập được tệp: ${result.message} Chưa có bản thảo nào được nhập.`);
    return result.draft;
  });
}

/**
 * Writes `drafts` as one transfer file at `path` (durably; an existing file there is replaced).
 * A file too big to be imported again is refused before anything is written.
 */
export async function writeTransferFile(path: string, drafts: readonly Draft[], exportedAt: string, options: DurableWriteOptions = {}): Promise<void> {
  const text = buildTransferText(drafts, exportedAt);
  if (text.length > MAX_TRANSFER_CHARS) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw invalid(
      `Các bản thảo đã chọn cộng lại quá lớn cho một tệp chuyển (${mb(text.length)} MB; tệp nhập được đến ${mb(MAX_TRANSFER_CHARS)} MB). ` +
        'Hãy xuất ít bản thảo hơn mỗi lần.',
    );
  }
  await durableWriteFile(path, text, options);
}

/** Reads a transfer file from disk, refusing an oversized one before reading it. */
export async function readTransferFile(path: string, fs: StorageFs = nodeFs): Promise<string> {
  let size: number;
  try {
    size = (await fs.stat(path)).size;
  } catch (error) {
    throw ioError(error, 'đọc tệp');
  }
  if (size > MAX_TRANSFER_BYTES) {
    throw invalid(`Tệp quá lớn (${(size / 1024 / 1024).toFixed(1)} MB); chỉ nhập được tệp đến ${MAX_TRANSFER_BYTES / 1024 / 1024} MB.`);
  }
  return (await fs.readFile(path)).toString('utf8');
}

/** The list summary of a stored draft. */
export function summaryOf(draft: Draft): DraftSummary {
  return toSummary(entryFor(draft, { size: -1, mtimeMs: -1, ino: -1 }));
}

/** Options of importAsNew. */
export interface ImportOptions {
  newId: () => string;
  clock: () => Date;
}

/**
 * Takes back drafts an import or a restore created before it failed: deleted for good, with any
 * history given to them. Answers the titles of those that could not be removed.
 */
export async function discardCreated(repo: DraftRepository, created: readonly Draft[], history?: Pick<HistoryStore, 'remove'>): Promise<string[]> {
  const left: string[] = [];
  for (const draft of [...created].reverse()) {
    try {
      await history?.remove(draft.meta.id);
      await repo.discard(draft.meta.id);
    } catch {
      left.push(draft.title.replace(/\s+/g, ' ').trim().slice(0, 80) || draft.meta.id);
    }
  }
  return left;
}

/**
 * Stores each draft as a new draft: fresh id and times, content as it came. All or nothing: when
 * one fails, the drafts stored before it are taken back and the error says so.
 */
export async function importAsNew(repo: DraftRepository, drafts: readonly Draft[], options: ImportOptions): Promise<{ summaries: DraftSummary[]; created: Draft[] }> {
  const summaries: DraftSummary[] = [];
  const created: Draft[] = [];
  for (const draft of drafts) {
    const now = options.clock().toISOString();
    try {
      const stored = await repo.create({ ...draft, meta: { ...draft.meta, id: options.newId(), createdAt: now, updatedAt: now } });
      created.push(stored);
      summaries.push(summaryOf(stored));
    } catch (error) {
      const left = await discardCreated(repo, created);
      if (left.length === 0 && !(error instanceof AppError)) throw error;
      const outcome =
        left.length === 0
          ? 'Chưa có bản thảo nào được nhập; dữ liệu đã lưu không thay đổi.'
          : `Không gỡ được ${left.length} bản thảo đã nhập dở (${left.map((t) => `"${t}"`).join(', ')}); hãy xoá chúng trong danh sách rồi nhập lại.`;
      const cause = error instanceof AppError ? error.message : 'Đã xảy ra lỗi không mong muốn.';
      throw new AppError(error instanceof AppError ? error.code : 'IO_ERROR', `${cause} ${outcome}`);
    }
  }
  return { summaries, created };
}

/** Keeps the original of an imported file in `imports/`, untouched, under a name nothing else uses (C7). */
export async function keepImportedOriginal(dataDir: string, fileName: string, content: string | Uint8Array, at: Date, options: DurableWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const dir = join(dataDir, 'imports');
  await fs.mkdir(dir, { recursive: true });
  const stem = cleanFileStem(fileName).replace(/[^\p{L}\p{N} ._-]/gu, '_').replace(/^\.+/, '').slice(0, 80) || 'nhap';
  await durableWriteFile(await freePath(fs, dir, stem, at), content, options);
}
