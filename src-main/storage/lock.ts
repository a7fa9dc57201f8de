/**
 * The data-folder lock: `app.lock` holds the running app's pid, start time and host. It is
 * advisory — it tells the CLI that the app is live, so the CLI writes only what cannot collide
 * unseen (new drafts, and saves that carry a version check). A lock whose process is gone (or
 * whose pid now belongs to a process started later) is stale and simply replaced.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { durableWriteFile } from './durable-write';
import { isNotFound, nodeFs, type StorageFs } from './fs-layer';

/** Who holds the lock. */
export const LockHolderSchema = z.object({ pid: z.number().int().positive(), startedAt: z.string(), hostname: z.string() });
export type LockHolder = z.infer<typeof LockHolderSchema>;

/** The lock file of a data folder. */
export function lockPath(dataDir: string): string {
  return join(dataDir, 'app.lock');
}

/** When a process started, where the OS tells us cheaply (Linux); undefined elsewhere. */
function processStartMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (after the ")" that ends the command name) is the start time in clock ticks since boot.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    return Number.isFinite(ticks) && Number.isFinite(boot) ? boot * 1000 + (ticks / 100) * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** True when the holder's process still runs and is the one that took the lock. */
export function isLive(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true; // another machine's process: cannot tell, assume live
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStartMs(holder.pid);
  // A pid reused by a process started well after the lock was taken is not the holder.
  return started === undefined || started <= Date.parse(holder.startedAt) + 5000;
}

/** The live holder of the lock, or undefined when there is none (missing, unreadable or stale lock). */
export async function liveLockHolder(dataDir: string, fs: StorageFs = nodeFs): Promise<LockHolder | undefined> {
  try {
    const parsed = LockHolderSchema.safeParse(JSON.parse((await fs.readFile(lockPath(dataDir))).toString('utf8')));
    return parsed.success && isLive(parsed.data) ? parsed.data : undefined;
  } catch (error) {
    if (!isNotFound(error) && !(error instanceof SyntaxError)) throw error;
    return undefined;
  }
}

/** A held lock. */
export interface DataLock {
  /** The holder before us when it still looked live (then we took over: see takeDataLock). */
  readonly previous: LockHolder | undefined;
  release(): Promise<void>;
  /** The same, synchronously, for the last moments of a quitting app. */
  releaseSync(): void;
}

/** A live process other than this one already serves the folder (`takeDataLock` in exclusive mode). */
export class DataFolderBusyError extends Error {
  constructor(readonly holder: LockHolder) {
    super(
      `Thư mục dữ liệu đang được một tiến trình Soạn Báo Cáo khác sử dụng (tiến trình ${holder.pid} trên máy ${holder.hostname}). ` +
        'Hãy đóng tiến trình đó rồi mở lại, để hai nơi không cùng ghi vào một thư mục.',
    );
    this.name = 'DataFolderBusyError';
  }
}

/** How `takeDataLock` treats a holder that still looks live. */
export interface TakeLockOptions {
  /**
   * Refuse (DataFolderBusyError) instead of taking over. Servers use it: nothing like Electron's
   * single-instance lock stands in front of them, so a live holder really is another writer.
   */
  exclusive?: boolean;
}

/**
 * Takes the lock for this process. The app calls it after Electron's single-instance lock, so a
 * holder that looks live is a pid reused or a crashed run: it is replaced and reported in
 * `previous`. With `exclusive`, a live holder is refused instead, and a race lost to another
 * process taking the lock at the same moment is refused too (the lock is read back).
 */
export async function takeDataLock(dataDir: string, fs: StorageFs = nodeFs, options: TakeLockOptions = {}): Promise<DataLock> {
  const previous = await liveLockHolder(dataDir, fs).catch(() => undefined);
  if (options.exclusive && previous && previous.pid !== process.pid) throw new DataFolderBusyError(previous);
  const startedAt = new Date(Date.now() - process.uptime() * 1000).toISOString();
  const me: LockHolder = { pid: process.pid, startedAt, hostname: hostname() };
  await fs.mkdir(dataDir, { recursive: true });
  await durableWriteFile(lockPath(dataDir), `${JSON.stringify(me)}\n`, { fs });
  if (options.exclusive) {
    const now = await liveLockHolder(dataDir, fs);
    if (now && now.pid !== process.pid) throw new DataFolderBusyError(now);
  }
  return {
    previous: previous && previous.pid !== process.pid ? previous : undefined,
    async release() {
      try {
        const held = LockHolderSchema.safeParse(JSON.parse((await fs.readFile(lockPath(dataDir))).toString('utf8')));
        if (held.success && held.data.pid === process.pid) await fs.unlink(lockPath(dataDir));
      } catch {
        // Already gone or replaced: nothing of ours to remove.
      }
    },
    releaseSync() {
      try {
        const held = LockHolderSchema.safeParse(JSON.parse(readFileSync(lockPath(dataDir), 'utf8')));
        if (held.success && held.data.pid === process.pid) unlinkSync(lockPath(dataDir));
      } catch {
        // As above.
      }
    },
  };
}
