/** Reading one stored draft file: parse, migrate, validate — or say exactly why it is unusable. */
import { formatLocalDateTime } from '../shared/domain/local-time';
import type { z } from 'zod';
import { AppError } from '../shared/api/errors';
import { DraftSchema, type Draft } from '../shared/domain/draft-schema';
import { tooDeepMessage } from '../shared/domain/limits';
import { CorruptFileError, parseStoredJson } from './durable-json-adapter';
import { stampOf, type FileStamp } from './draft-index';
import { isNotFound, type StorageFs } from './fs-layer';
import { DRAFT_MIGRATIONS, MigrationError, migrateDraft, type MigrationStep, type RawDraft } from './migrations';

/** A draft read from disk, with what it took to get it. */
export interface LoadedDraft {
  draft: Draft;
  /** The exact bytes on disk, kept so a pre-migration copy is byte-identical. */
  bytes: Buffer;
  stamp: FileStamp;
  fromVersion: number;
  migrated: boolean;
}

/** A draft id as the schema allows it; file names are `<id>.json`. */
export const DRAFT_ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

/** The id a `<id>.json` file name stands for, or undefined for any other name. */
export function idFromFileName(name: string): string | undefined {
  if (!name.endsWith('.json')) return undefined;
  const id = name.slice(0, -'.json'.length);
  return DRAFT_ID_PATTERN.test(id) ? id : undefined;
}

/** "trường "header.number": <message>" for the first problem zod found, in Vietnamese. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'dữ liệu không hợp lệ';
  const field = issue.path.map(String).join('.') || '(gốc)';
  return `trường "${field}": ${issue.message}`;
}

/** A draft about to be saved, validated (defaults filled in); throws AppError INVALID_ARGUMENT naming the field. */
export function validateForSave(draft: Draft): Draft {
  const parsed = DraftSchema.safeParse(draft);
  if (!parsed.success) {
    throw new AppError('INVALID_ARGUMENT', `Bản thảo không hợp lệ ở ${describeIssue(parsed.error)}. Chưa lưu.`);
  }
  return parsed.data;
}

/**
 * Refuses a write that would create a duplicate, write over a trashed draft, or replace a stored
 * draft other than the version the caller started from (`expected`, its updatedAt).
 */
export function checkWritable(
  id: string,
  current: { title: string; updatedAt: string } | undefined,
  trashed: boolean,
  rules: { mustBeNew?: boolean; expected?: string | undefined },
): void {
  if (rules.mustBeNew && (current || trashed)) {
    throw new AppError('CONFLICT', `Đã có bản thảo mang mã "${id}"; không tạo trùng.`);
  }
  if (!current && trashed) {
    throw new AppError('NOT_FOUND', `Bản thảo "${id}" đã ở trong thùng rác; hãy khôi phục trước khi lưu.`);
  }
  if (current && rules.expected !== undefined && current.updatedAt !== rules.expected) {
    throw new AppError(
      'CONFLICT',
      `Bản thảo "${current.title || id}" đã được lưu ở nơi khác lúc ${formatLocalDateTime(current.updatedAt)}, sau bản bạn đang sửa. ` +
        'Lần lưu này bị từ chối để không ghi đè; hãy mở lại bản thảo.',
    );
  }
}

/** A strictly increasing updatedAt: the clock, or 1 ms after the stored one if the clock is behind (D10). */
export function nextUpdatedAt(now: Date, previous: string | undefined): string {
  const prev = previous === undefined ? Number.NaN : Date.parse(previous);
  return new Date(Number.isNaN(prev) || now.getTime() > prev ? now.getTime() : prev + 1).toISOString();
}

/** Turns parsed JSON into a current-version Draft for file `id`, or throws CorruptFileError. */
export function validateStoredDraft(
  value: unknown,
  path: string,
  id: string,
  steps: ReadonlyMap<number, MigrationStep> = DRAFT_MIGRATIONS,
): { draft: Draft; fromVersion: number; migrated: boolean } {
  if (Array.isArray(value)) throw new CorruptFileError(path, 'not-object');
  // Before anything walks it: migrations and the schema recurse, and a file nested 100,000 deep
  // would overflow the stack instead of being quarantined like any other unusable file.
  const tooDeep = tooDeepMessage(value);
  if (tooDeep) throw new CorruptFileError(path, 'invalid', tooDeep);
  let result;
  try {
    result = migrateDraft(value as RawDraft, steps);
  } catch (error) {
    if (error instanceof MigrationError) {
      throw new CorruptFileError(path, error.reason === 'newer-version' ? 'newer-version' : 'invalid', error.message);
    }
    throw new CorruptFileError(path, 'invalid', error instanceof Error ? error.message : String(error));
  }
  const parsed = DraftSchema.safeParse(result.draft);
  if (!parsed.success) throw new CorruptFileError(path, 'invalid', describeIssue(parsed.error));
  if (parsed.data.meta.id !== id) {
    throw new CorruptFileError(path, 'invalid', `mã trong tệp (${parsed.data.meta.id}) khác tên tệp`);
  }
  return { draft: parsed.data, fromVersion: result.fromVersion, migrated: result.migrated };
}

/** Reads `path` as the draft `id`; undefined when the file is missing, CorruptFileError when unusable. */
export async function readDraftFile(
  fs: StorageFs,
  path: string,
  id: string,
  steps?: ReadonlyMap<number, MigrationStep>,
): Promise<LoadedDraft | undefined> {
  try {
    // Stamp before content: if the file is replaced in between, the stamp is the older one and
    // the next freshness check re-reads, instead of pairing old content with a new stamp.
    const stamp = stampOf(await fs.stat(path));
    const bytes = await fs.readFile(path);
    const value = parseStoredJson(path, bytes);
    return { ...validateStoredDraft(value, path, id, steps), bytes, stamp };
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
