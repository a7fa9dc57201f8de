/**
 * The outbox of a draft: `outbox/<draft id>/` in the data folder, holding the DOCX, the PDF and
 * the .eml that carries both, until the clerk sends it. The folder is named by the draft's id,
 * not its title: it stays the same folder when the trích yếu changes, two drafts with one title
 * never share it, and the path stays far below Windows' 260 characters that Outlook and
 * Explorer still trip on. The files inside carry the readable export name.
 *
 * Preparing again replaces the whole folder at once: the new files are written and synced in a
 * staging folder beside it, then the old folder is moved aside and the staging folder renamed
 * into place. A crash or a refusal leaves either the old set or the new one, never a mix.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { durableWriteFile, fsyncDir, renameWithRetry, type DurableWriteOptions } from '../../storage/durable-write';
import { errorCode, nodeFs, type StorageFs } from '../../storage/fs-layer';

/** The outbox root inside a data folder. */
export function outboxRoot(dataDir: string): string {
  return join(dataDir, 'outbox');
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The outbox folder of one draft. */
export function outboxFolder(dataDir: string, draftId: string): string {
  // The contract already checks ids; this keeps a path out of the name whatever the caller.
  if (!SAFE_ID.test(draftId)) throw new AppError('INVALID_ARGUMENT', 'Mã bản thảo không hợp lệ');
  return join(outboxRoot(dataDir), draftId);
}

const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES', 'ENOTEMPTY', 'EEXIST']);
const random = () => randomBytes(4).toString('hex');

/** A staging folder being filled for one draft. */
export interface OutboxStaging {
  dir: string;
  /** Writes one file into the staging folder durably (temp, fsync, rename). */
  write(name: string, bytes: Uint8Array): Promise<string>;
  /** Replaces the draft's outbox folder with the staging folder; returns the final folder. */
  commit(): Promise<string>;
  /** Removes the staging folder (after a failure). */
  discard(): Promise<void>;
}

export interface OutboxOptions {
  fs?: StorageFs;
  write?: DurableWriteOptions;
}

/** Removes what an interrupted earlier prepare of this draft left beside its folder. */
async function removeLeftovers(root: string, draftId: string, fs: StorageFs): Promise<void> {
  const names = await fs.readdir(root).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(`.staging-${draftId}-`) || name.startsWith(`.old-${draftId}-`)) {
      await fs.rmTree(join(root, name)).catch(() => undefined);
    }
  }
}

/**
 * Starts replacing the outbox of `draftId`. The caller serialises prepares of one draft (two at
 * once would each clear the other's staging folder).
 */
export async function stageOutbox(dataDir: string, draftId: string, options: OutboxOptions = {}): Promise<OutboxStaging> {
  const fs = options.fs ?? nodeFs;
  const root = outboxRoot(dataDir);
  const target = outboxFolder(dataDir, draftId);
  await fs.mkdir(root, { recursive: true });
  await removeLeftovers(root, draftId, fs);
  const dir = join(root, `.staging-${draftId}-${random()}`);
  await fs.mkdir(dir, { recursive: true });
  const writeOptions = { ...options.write, fs };

  return {
    dir,
    async write(name, bytes) {
      const path = join(dir, name);
      await durableWriteFile(path, bytes, writeOptions);
      return path;
    },
    async commit() {
      await fsyncDir(dir, fs);
      const aside = join(root, `.old-${draftId}-${random()}`);
      let movedAside = false;
      try {
        await renameWithRetry(target, aside, writeOptions);
        movedAside = true;
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') {
          await fs.rmTree(dir).catch(() => undefined);
          if (LOCKED.has(errorCode(error) ?? '')) {
            throw new AppError(
              'CONFLICT',
              'Chưa thay được thư đã chuẩn bị lần trước vì một tệp trong thư mục gửi đi đang mở (trong chương trình thư hoặc Word). Hãy đóng tệp đó rồi bấm “Gửi email” lại.',
            );
          }
          throw new AppError('IO_ERROR', `Chưa thay được thư mục gửi đi ${target}: ${(error as Error).message}`);
        }
      }
      try {
        await renameWithRetry(dir, target, writeOptions);
      } catch (error) {
        // Put the previous set back: the clerk keeps what they had.
        if (movedAside) await fs.rename(aside, target).catch(() => undefined);
        await fs.rmTree(dir).catch(() => undefined);
        throw new AppError('IO_ERROR', `Chưa ghi được thư mục gửi đi ${target}: ${(error as Error).message}`);
      }
      await fsyncDir(root, fs);
      if (movedAside) await fs.rmTree(aside).catch(() => undefined); // a leftover is removed next time
      return target;
    },
    discard: () => fs.rmTree(dir).catch(() => undefined),
  };
}
