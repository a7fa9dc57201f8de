/** "In" and "Xuất PDF": the page layout of a draft to the printer or to a PDF file. */
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Handlers } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { Draft } from '../../shared/domain/draft-schema';
import { numberedFileName } from '../../shared/domain/file-name';
import { durableWriteFile } from '../../storage/durable-write';
import { errorCode } from '../../storage/fs-layer';
import type { ExportTarget, HandlerDeps } from '../handler-deps';

type PrintHandlers = Pick<Handlers, 'exportPdf' | 'printDraft'>;

/** Errors Windows gives for a file held open (a PDF reader, antivirus). */
const LOCK_CODES = new Set(['EBUSY', 'EPERM', 'EACCES']);
const MAX_ALTERNATIVES = 99;

const taken = (path: string) => stat(path).then(
  () => true,
  (error: unknown) => errorCode(error) !== 'ENOENT',
);

/** Why a file could not be written, in words the clerk can act on. */
function writeFailure(code: string | undefined): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'ổ đĩa đã đầy.';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `không có quyền ghi vào thư mục này (${code}).`;
  if (code === 'ENOENT') return 'thư mục không còn tồn tại.';
  return code ? `lỗi đọc/ghi ổ đĩa (${code}).` : 'lỗi đọc/ghi ổ đĩa.';
}

/**
 * Writes an exported file durably. The target is replaced only when the user agreed (the save
 * dialog asked); otherwise, or when it is open in another program, "name (2).pdf" is used.
 */
export async function writeExportFile(bytes: Uint8Array, target: ExportTarget): Promise<string> {
  for (let n = 1; n <= MAX_ALTERNATIVES; n++) {
    const path = join(dirname(target.path), numberedFileName(basename(target.path), n));
    if (!(n === 1 && target.overwrite) && (await taken(path))) continue;
    try {
      await durableWriteFile(path, bytes);
      return path;
    } catch (error) {
      const cause = error instanceof Error ? error.cause : undefined;
      if (n === 1 && target.overwrite && LOCK_CODES.has(errorCode(cause) ?? '')) continue;
      throw new AppError('IO_ERROR', `Không ghi được tệp ${path}: ${writeFailure(errorCode(cause))}`);
    }
  }
  throw new AppError('CONFLICT', `Không tìm được tên trống cho tệp ${basename(target.path)} trong thư mục ${dirname(target.path)}`);
}

/** Records what was exported in the draft's history; a failure there does not fail the export. */
export async function snapshotExported(deps: HandlerDeps, draft: Draft, where: string): Promise<void> {
  try {
    await deps.history.snapshot(draft, 'export');
  } catch {
    deps.addNotice(`Đã xuất "${where}" nhưng chưa lưu được phiên bản tương ứng vào lịch sử.`);
  }
}

/** Builds the print and PDF handlers. */
export function printHandlers(deps: HandlerDeps): PrintHandlers {
  const { drafts } = deps;
  return {
    exportPdf: async ({ id }) => {
      const draft = await drafts.get(id);
      const target = await deps.dialogs.chooseExportPath(deps.suggestFileName(draft, 'pdf'), 'pdf');
      if (!target) return { path: null };
      if (!target.path.toLowerCase().endsWith('.pdf')) throw new AppError('INVALID_ARGUMENT', 'Tệp xuất phải có đuôi .pdf');
      // Rendered before anything is written: a failed rendering leaves no file behind.
      const bytes = await deps.renderPdf(draft, deps.settings.get().layout);
      const path = await writeExportFile(bytes, target);
      await snapshotExported(deps, draft, path);
      return { path };
    },
    printDraft: async ({ id, copies }) => {
      if (!deps.printer) return { mode: 'browser' as const };
      const draft = await drafts.get(id);
      const { printed } = await deps.printer(draft, deps.settings.get().layout, copies);
      return { mode: 'app' as const, printed };
    },
  };
}
