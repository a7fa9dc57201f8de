/**
 * Durable atomic file replacement: unique temp file in the same folder, fsync, rename over the
 * target, fsync the folder (reliability-plan §4.1, §0.1). lowdb/steno skip both fsyncs and use one
 * fixed temp name, so two writers collide and a power cut can leave an empty file.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../shared/api/errors';
import { errorCode, nodeFs, type FileHandleLike, type StorageFs } from './fs-layer';

/** Tuning and seams for the writer; every field has a production default. */
export interface DurableWriteOptions {
  fs?: StorageFs;
  /** How many times a rename refused with EPERM/EBUSY/EACCES is tried in all (Windows antivirus, indexers). */
  renameTries?: number;
  /** First backoff delay in ms; doubles after each refusal. */
  renameBaseDelayMs?: number;
  /** Upper bound of one backoff delay in ms. */
  renameMaxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Recreate the target's folder if it vanished (data folder removed while running, §5.2 D6). */
  createDir?: boolean;
}

/** The settings a caller gets when it passes none. */
export const DEFAULT_RENAME_TRIES = 8;
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
// Opening a folder to fsync it is POSIX-only: Windows refuses with EISDIR or EPERM (and a folder
// we may write but not read gives EACCES); the file fsync and the rename are all we can do there.
const DIR_OPEN_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES']);
// Some file systems (network shares, FUSE) cannot fsync a folder at all; nothing more can be done there.
const DIR_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EBADF']);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The temp name for a target: `.<base>.<pid>.<random>.tmp`, unique per write so writers never share one. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Matches the temp files `tempPathFor` makes; group 1 is the target's base name, group 2 the pid. */
export const TEMP_NAME_PATTERN = /^\.(.+)\.(\d+)\.[0-9a-f]+\.tmp$/;

/** An AppError('IO_ERROR') whose Vietnamese message names the cause; the original error is kept as `cause`. */
export function ioError(error: unknown, what: string): AppError {
  if (error instanceof AppError) return error;
  const code = errorCode(error);
  let message: string;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    message = `Ổ đĩa đã đầy nên chưa ${what} được. Hãy giải phóng dung lượng rồi thử lại; nội dung đang soạn vẫn còn trong ứng dụng.`;
  } else if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
    message = `Không có quyền ghi vào thư mục dữ liệu nên chưa ${what} được (${code}). Thư mục có thể chỉ cho đọc hoặc đang bị chương trình khác khoá.`;
  } else {
    message = `Lỗi đọc/ghi ổ đĩa nên chưa ${what} được${code ? ` (${code})` : ''}. Hãy thử lại; nội dung đang soạn vẫn còn trong ứng dụng.`;
  }
  const wrapped = new AppError('IO_ERROR', message);
  wrapped.cause = error;
  return wrapped;
}

/** fsync a folder so a rename or unlink in it survives power loss; skipped where the OS cannot (Windows). */
export async function fsyncDir(dir: string, fs: StorageFs = nodeFs): Promise<void> {
  let handle: FileHandleLike;
  try {
    handle = await fs.open(dir, 'r');
  } catch (error) {
    if (DIR_OPEN_UNSUPPORTED.has(errorCode(error) ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!DIR_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** rename() retried with doubling backoff while the OS refuses it transiently. */
export async function renameWithRetry(from: string, to: string, options: DurableWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const tries = options.renameTries ?? DEFAULT_RENAME_TRIES;
  const sleep = options.sleep ?? defaultSleep;
  let delay = options.renameBaseDelayMs ?? 20;
  const maxDelay = options.renameMaxDelayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (attempt >= tries || !TRANSIENT_RENAME_CODES.has(errorCode(error) ?? '')) throw error;
      await sleep(delay);
      delay = Math.min(delay * 2, maxDelay);
    }
  }
}

async function openTemp(tmp: string, options: DurableWriteOptions): Promise<FileHandleLike> {
  const fs = options.fs ?? nodeFs;
  try {
    // 'wx': never open an existing file, so a name clash can not clobber someone else's temp.
    return await fs.open(tmp, 'wx', 0o666);
  } catch (error) {
    if (!options.createDir || errorCode(error) !== 'ENOENT') throw error;
    await fs.mkdir(dirname(tmp), { recursive: true });
    await fsyncDir(dirname(dirname(tmp)), fs);
    return await fs.open(tmp, 'wx', 0o666);
  }
}

/**
 * Replaces `target` with `data` so that after it resolves the new bytes survive a crash or power
 * cut, and after it rejects the old file is untouched. Rejects with AppError('IO_ERROR').
 */
export async function durableWriteFile(
  target: string,
  data: string | Uint8Array,
  options: DurableWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const tmp = tempPathFor(target);
  let handle: FileHandleLike | undefined;
  let renamed = false;
  try {
    handle = await openTemp(tmp, options);
    await handle.writeFile(data);
    // A failed fsync is not retried on this descriptor: the kernel may have dropped the dirty
    // pages and a second fsync could "succeed" without the data (ATC'20). The caller rewrites anew.
    await handle.sync();
    const closing = handle;
    handle = undefined;
    await closing.close();
    await renameWithRetry(tmp, target, options);
    renamed = true;
    await fsyncDir(dirname(target), fs);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    if (!renamed) await fs.unlink(tmp).catch(() => undefined);
    throw ioError(error, 'lưu');
  }
}

/** Moves a file to a new name durably (both folders synced); the caller guarantees `to` is free. */
export async function durableMove(from: string, to: string, options: DurableWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  try {
    await renameWithRetry(from, to, options);
    await fsyncDir(dirname(to), fs);
    if (dirname(to) !== dirname(from)) await fsyncDir(dirname(from), fs);
  } catch (error) {
    throw ioError(error, 'chuyển tệp');
  }
}
