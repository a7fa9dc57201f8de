/** Reading a draft JSON file given on the command line, with a message naming what is wrong. */
import { readFile, stat } from 'node:fs/promises';
import { describeZodError } from '../shared/api/dispatch';
import { DraftSchema, type Draft } from '../shared/domain/draft-schema';
import { tooDeepMessage } from '../shared/domain/limits';
import { migrateDraft, MigrationError, type RawDraft } from '../storage/migrations';
import { CliError } from './io';

/** Files above this size are refused before they are read. */
export const MAX_DRAFT_FILE_BYTES = 50 * 1024 * 1024;

/** Reads a draft file, migrated from an older format, and validates it; throws CliError naming the invalid field. */
export async function readDraftFile(path: string): Promise<Draft> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.size > MAX_DRAFT_FILE_BYTES) throw new CliError(`${path}: tệp quá lớn (${info.size} byte)`, 2);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: không đọc được tệp (${(error as NodeJS.ErrnoException).code ?? 'lỗi'})`, 2);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path}: không phải JSON hợp lệ (${(error as Error).message})`, 2);
  }
  // Checked without recursion first: the migrations and the schema walk it, and must not overflow.
  const tooDeep = tooDeepMessage(json);
  if (tooDeep) throw new CliError(`${path}: ${tooDeep}`, 2);
  // A file written by an older version is read through the same format migrations as the app.
  let current: unknown = json;
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    try {
      current = migrateDraft(json as RawDraft).draft;
    } catch (error) {
      if (error instanceof MigrationError) throw new CliError(`${path}: ${error.message}`, 2);
      throw error;
    }
  }
  const parsed = DraftSchema.safeParse(current);
  if (!parsed.success) throw new CliError(`${path}: ${describeZodError(parsed.error)}`, 2);
  return parsed.data;
}
