/**
 * Saves a Báo cáo as DOCX without ever losing or silently replacing a file: write to a temporary
 * name beside the target, fsync, read it back and verify it, then move it into place. An existing
 * file is replaced only when the caller says the user agreed (`overwrite: true`, which the save
 * dialog asks); otherwise, or when the target is locked (open in Word), "name (2).docx" is used.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../shared/api/errors';
import type { Draft } from '../shared/domain/draft-schema';
import { numberedFileName } from '../shared/domain/file-name';
import type { Layout } from '../shared/domain/settings-schema';
import { buildDocx } from './docx/build-docx';
import { packDocx } from './pack-docx';
import { verifyDocx } from './read-back';

/** The file operations the writer uses; tests pass fakes to simulate locks and failures. */
export interface FileOps {
  open: typeof nodeFs.open;
  readFile: (path: string) => Promise<Uint8Array>;
  rename: typeof nodeFs.rename;
  link: typeof nodeFs.link;
  unlink: typeof nodeFs.unlink;
  lstat: typeof nodeFs.lstat;
}

const defaultFs: FileOps = {
  open: nodeFs.open,
  readFile: (path) => nodeFs.readFile(path),
  rename: nodeFs.rename,
  link: nodeFs.link,
  unlink: nodeFs.unlink,
  lstat: nodeFs.lstat,
};

export interface WriteOptions {
  /** Replace an existing target: true only after the user agreed (the save dialog asks). */
  overwrite: boolean;
  fs?: FileOps;
  /** Waits before retrying a rename that failed with a transient lock (antivirus, indexer). */
  retryDelaysMs?: readonly number[];
}

export interface ExportedFile {
  /** Where the file landed: the target, or "name (n).docx" when the target was taken or locked. */
  path: string;
  /** Characters XML forbids that were removed from the text (shown to the user). */
  removedCharacters: number;
}

/** How many "name (n)" alternatives are tried before giving up. */
const MAX_ALTERNATIVES = 99;
/** Errors Windows gives for a file held open by Word, or briefly by antivirus. */
const LOCK_CODES = new Set(['EBUSY', 'EPERM', 'EACCES']);
/** Errors meaning "no hard links here" (FAT/exFAT USB sticks, some network shares). */
const NO_LINK_CODES = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS', 'EINVAL', 'EMLINK']);

const codeOf = (err: unknown): string => (err as NodeJS.ErrnoException | null)?.code ?? '';
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function exists(fs: FileOps, path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return false;
    throw err;
  }
}

async function renameWithRetry(fs: FileOps, from: string, to: string, delays: readonly number[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (err) {
      const delay = delays[attempt];
      if (!LOCK_CODES.has(codeOf(err)) || delay === undefined) throw err;
      await sleep(delay);
    }
  }
}

/** Moves `temp` to `target` only if no file is there; false when the name is taken. */
async function placeWithoutClobber(fs: FileOps, temp: string, target: string): Promise<boolean> {
  try {
    // A hard link fails with EEXIST instead of replacing: no window between check and move.
    await fs.link(temp, target);
    await fs.unlink(temp).catch(() => undefined);
    return true;
  } catch (err) {
    const code = codeOf(err);
    if (code === 'EEXIST') return false;
    if (!NO_LINK_CODES.has(code)) throw err;
  }
  if (await exists(fs, target)) return false;
  await fs.rename(temp, target);
  return true;
}

async function syncDirectory(fs: FileOps, dir: string): Promise<void> {
  // POSIX only: makes the rename durable. Windows cannot open a directory; ignore any failure.
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

/**
 * Writes DOCX bytes to `targetPath` safely (temp, fsync, verify, move) and returns the final path.
 * Nothing is left behind on failure, and the target is untouched unless the move succeeded.
 */
export async function writeDocxBytes(bytes: Uint8Array, targetPath: string, options: WriteOptions): Promise<string> {
  const fs = options.fs ?? defaultFs;
  const delays = options.retryDelaysMs ?? [50, 150, 400];
  const target = resolve(targetPath);
  const dir = dirname(target);
  const name = basename(target);
  const temp = join(dir, `.${name.slice(0, 40)}.${randomBytes(4).toString('hex')}.tmp`);

  let created = false;
  try {
    const handle = await fs.open(temp, 'wx');
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    verifyDocx(await fs.readFile(temp));

    for (let n = 1; n <= MAX_ALTERNATIVES; n++) {
      const candidate = n === 1 ? target : join(dir, numberedFileName(name, n));
      if (n === 1 && options.overwrite) {
        try {
          await renameWithRetry(fs, temp, candidate, delays);
          created = false;
          await syncDirectory(fs, dir);
          return candidate;
        } catch (err) {
          if (!LOCK_CODES.has(codeOf(err))) throw err;
          continue; // open in Word: fall through to "name (2).docx"
        }
      }
      try {
        if (await placeWithoutClobber(fs, temp, candidate)) {
          created = false;
          await syncDirectory(fs, dir);
          return candidate;
        }
      } catch (err) {
        if (!LOCK_CODES.has(codeOf(err))) throw err;
      }
    }
    throw new AppError('CONFLICT', `Không tìm được tên trống cho tệp ${name} trong thư mục ${dir}`);
  } catch (err) {
    if (created) await fs.unlink(temp).catch(() => undefined);
    if (err instanceof AppError) throw err;
    if (err instanceof Error && err.name === 'DocxVerifyError') {
      throw new AppError('INTERNAL', `Tệp DOCX vừa tạo không đọc lại được (${err.message}); chưa ghi đè tệp nào.`);
    }
    throw new AppError('IO_ERROR', `Không ghi được tệp ${target}: ${(err as Error).message}`);
  }
}

/** Builds the DOCX of a draft and saves it at `targetPath` (or "name (n).docx"); see writeDocxBytes. */
export async function exportDocxFile(
  draft: Draft,
  layout: Layout,
  targetPath: string,
  options: WriteOptions,
): Promise<ExportedFile> {
  const { document, removedCharacters } = buildDocx(draft, layout);
  const bytes = await packDocx(document);
  const path = await writeDocxBytes(bytes, targetPath, options);
  return { path, removedCharacters };
}
