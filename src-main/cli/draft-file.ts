/** Reading a draft JSON file given on the command line, with a message naming what is wrong. */
import { readFile, stat } from 'node:fs/promises';
import { describeZodError } from '../shared/api/dispatch';
import { DraftSchema, type Draft } from '../shared/domain/draft-schema';
import { CliError } from './io';

/** Files above this size are refused before they are read. */
export const MAX_DRAFT_FILE_BYTES = 50 * 1024 * 1024;

/** Reads and validates a draft file; throws CliError naming the invalid field. */
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
  const parsed = DraftSchema.safeParse(json);
  if (!parsed.success) throw new CliError(`${path}: ${describeZodError(parsed.error)}`, 2);
  return parsed.data;
}
