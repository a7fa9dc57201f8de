import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveLockHolder, lockPath, takeDataLock } from './lock';
import { removeDir, tempDir } from './test-support';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => removeDir(dir));

const holder = (pid: number, startedAt = new Date(Date.now() - process.uptime() * 1000).toISOString()) =>
  JSON.stringify({ pid, startedAt, hostname: hostname() });

describe('data-folder lock', () => {
  it('is taken with pid and start time, seen as live, and released', async () => {
    const lock = await takeDataLock(dir);
    expect(lock.previous).toBeUndefined();
    expect(JSON.parse(await readFile(lockPath(dir), 'utf8'))).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(await liveLockHolder(dir)).toMatchObject({ pid: process.pid });
    await lock.release();
    expect(await liveLockHolder(dir)).toBeUndefined();
  });

  it('is stale when its process is gone', async () => {
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = child.pid ?? 0;
    await new Promise((resolve) => child.on('exit', resolve));
    await writeFile(lockPath(dir), holder(pid));
    expect(await liveLockHolder(dir)).toBeUndefined();
  });

  it('is stale when its pid now belongs to a process started after the lock was taken', async () => {
    if (process.platform !== 'linux') return; // the start time is only read on Linux
    await writeFile(lockPath(dir), holder(process.pid, '2001-01-01T00:00:00.000Z'));
    expect(await liveLockHolder(dir)).toBeUndefined();
  });

  it('treats a damaged lock file as no lock, and a new holder replaces a leftover one', async () => {
    await writeFile(lockPath(dir), '{"pid":');
    expect(await liveLockHolder(dir)).toBeUndefined();
    await writeFile(lockPath(dir), holder(process.ppid, new Date().toISOString()));
    const lock = await takeDataLock(dir);
    expect(lock.previous).toMatchObject({ pid: process.ppid });
    expect(JSON.parse(await readFile(join(dir, 'app.lock'), 'utf8')).pid).toBe(process.pid);
    lock.releaseSync();
    expect(await liveLockHolder(dir)).toBeUndefined();
  });
});
