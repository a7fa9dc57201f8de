/**
 * Transfer files the operating system hands the app (a double-click on a ".baocao" file): picked
 * out of a command line, read with the size cap checked before reading, and imported through the
 * same contract method as "Nhập", so they are validated like any import and every draft becomes
 * a new draft. Plain Node: the Electron events that deliver the paths live in app/open-files.ts.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_TRANSFER_CHARS, type DraftSummary, type Handlers } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import { AppError, type ApiResult } from '../shared/api/errors';
import { isTransferFileName, readTransferText } from '../shared/domain/transfer-format';
import { readTransferFile } from '../storage/transfer';

/** Imports one file's text as new drafts, validated as the renderer's "Nhập" call is. */
export type ImportPort = (fileName: string, content: string) => Promise<ApiResult<{ imported: DraftSummary[] }>>;

/** What became of one opened file; `notice` is the Vietnamese sentence the clerk is shown. */
export interface OpenedFileResult {
  path: string;
  ok: boolean;
  imported: DraftSummary[];
  notice: string;
}

/** A path from a command-line argument: a plain (maybe relative) path, or a file:// URL (Linux `%U`). */
function toPath(arg: string, cwd: string): string | null {
  if (/^file:\/\//i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  return resolve(cwd, arg);
}

/**
 * The transfer files named in `argv` (first instance: process.argv; later: the second-instance
 * argv), resolved against `cwd`. Switches (Chromium's, macOS's -psn_…) and anything that is not
 * a transfer file (the executable, the app folder in development) are left out; each file once.
 */
export function transferPathsIn(argv: readonly string[], cwd: string): string[] {
  const paths: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-') || !isTransferFileName(arg)) continue;
    const path = toPath(arg, cwd);
    if (path !== null && isTransferFileName(basename(path)) && !paths.includes(path)) paths.push(path);
  }
  return paths;
}

/** The "Nhập" path over the handlers: the contract validates the arguments, errors come back as values. */
export function importThroughContract(handlers: Handlers, onUnexpected?: (error: unknown) => void): ImportPort {
  return (fileName, content) =>
    dispatch(handlers, 'importDrafts', { fileName, content }, onUnexpected) as Promise<ApiResult<{ imported: DraftSummary[] }>>;
}

const errnoOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code ?? (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' ? code : undefined;
};

/** The file's text, or why it cannot be read (Vietnamese; it follows "Không nhập được tệp …:"). */
async function readOpenedFile(path: string): Promise<{ ok: true; content: string } | { ok: false; message: string }> {
  try {
    if (!(await stat(path)).isFile()) return { ok: false, message: 'Đây là một thư mục, không phải tệp bản thảo.' };
    // The byte cap is checked before anything is read (storage/transfer.ts).
    const content = await readTransferFile(path);
    if (content.length > MAX_TRANSFER_CHARS) {
      const refused = readTransferText(content, MAX_TRANSFER_CHARS);
      if (!refused.ok) return { ok: false, message: refused.message };
    }
    return { ok: true, content };
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT') return { ok: false, message: 'Không tìm thấy tệp (có thể tệp đã bị chuyển đi hoặc xoá).' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `Không có quyền đọc tệp (${code}).` };
    if (error instanceof AppError) return { ok: false, message: error.message };
    return { ok: false, message: `Không đọc được tệp${code ? ` (${code})` : ''}.` };
  }
}

/** Reads and imports one opened file; never throws, a refused file changes nothing stored. */
export async function importOpenedFile(path: string, importDrafts: ImportPort): Promise<OpenedFileResult> {
  const name = basename(path);
  const refused = (message: string): OpenedFileResult => ({ path, ok: false, imported: [], notice: `Không nhập được tệp “${name}”: ${message}` });
  const read = await readOpenedFile(path);
  if (!read.ok) return refused(read.message);
  // dispatch answers errors as values; a port that rejects anyway is still only this file's failure.
  const result = await importDrafts(name, read.content).catch(
    (): ApiResult<{ imported: DraftSummary[] }> => ({
      ok: false,
      error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị thay đổi.' },
    }),
  );
  if (!result.ok) return refused(result.error.message);
  const { imported } = result.value;
  if (imported.length === 0) return { path, ok: false, imported, notice: `Tệp “${name}” không có báo cáo nào để nhập.` };
  return {
    path,
    ok: true,
    imported,
    notice: `Đã nhập ${imported.length} báo cáo từ “${name}”. Báo cáo nhập vào là bản mới, không ghi đè báo cáo đang có.`,
  };
}

/** The handlers with `extra()` appended to what getNotices answers (notices kept outside the services). */
export function withExtraNotices(handlers: Handlers, extra: () => readonly string[]): Handlers {
  return { ...handlers, getNotices: async (args) => [...(await handlers.getNotices(args)), ...extra()] };
}
