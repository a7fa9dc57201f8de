/**
 * Moving unusable files aside. A file we cannot read is evidence and maybe the clerk's only copy:
 * it is renamed into `quarantine/` under a name nothing else uses, never deleted or overwritten.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { durableMove, fsyncDir, type DurableWriteOptions } from './durable-write';
import { errorCode, nodeFs, statOrUndefined, type StorageFs } from './fs-layer';

/** A file-name-safe UTC timestamp (no ':' for Windows), e.g. 2025-03-04T05-06-07.089Z. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/:/g, '-');
}

/** Candidate names `<stamp>-<name>`, then `<stamp>-2-<name>`, … so a clash never overwrites. */
function candidateName(stamp: string, name: string, attempt: number): string {
  return attempt === 1 ? `${stamp}-${name}` : `${stamp}-${attempt}-${name}`;
}

/** A path in `dir` for `name` that does not exist yet. */
export async function freePath(fs: StorageFs, dir: string, name: string, at: Date): Promise<string> {
  const stamp = fileStamp(at);
  for (let attempt = 1; ; attempt++) {
    const candidate = join(dir, candidateName(stamp, name, attempt));
    if (!(await statOrUndefined(fs, candidate))) return candidate;
  }
}

/** Options for moving files aside. */
export interface QuarantineOptions extends DurableWriteOptions {
  fs?: StorageFs;
  quarantineDir: string;
  at: Date;
}

/** Moves `path` into the quarantine folder durably and returns where it went. Throws AppError IO_ERROR. */
export async function quarantineFile(path: string, options: QuarantineOptions): Promise<string> {
  const fs = options.fs ?? nodeFs;
  const created = await fs.mkdir(options.quarantineDir, { recursive: true });
  if (created !== undefined) await fsyncDir(dirname(options.quarantineDir), fs);
  const target = await freePath(fs, options.quarantineDir, basename(path), options.at);
  await durableMove(path, target, options);
  return target;
}

/** Synchronous quarantine for the settings store (conf is synchronous); same naming rule. */
export function quarantineFileSync(path: string, quarantineDir: string, at: Date): string {
  if (mkdirSync(quarantineDir, { recursive: true }) !== undefined) fsyncDirSync(dirname(quarantineDir));
  const stamp = fileStamp(at);
  let target = '';
  for (let attempt = 1; ; attempt++) {
    target = join(quarantineDir, candidateName(stamp, basename(path), attempt));
    if (!statSync(target, { throwIfNoEntry: false })) break;
  }
  renameSync(path, target);
  fsyncDirSync(quarantineDir);
  fsyncDirSync(dirname(path));
  return target;
}

/** Fsyncs a folder so a rename in it is durable; a no-op where folders cannot be fsynced (Windows). */
export function fsyncDirSync(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch (error) {
    // Windows cannot open a folder for fsync.
    if (['EISDIR', 'EPERM', 'EACCES'].includes(errorCode(error) ?? '')) return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EBADF'].includes(errorCode(error) ?? '')) throw error;
  } finally {
    closeSync(fd);
  }
}
