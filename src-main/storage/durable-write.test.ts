import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/api/errors';
import { CorruptFileError, DurableJsonAdapter } from './durable-json-adapter';
import { durableWriteFile, TEMP_NAME_PATTERN, tempPathFor } from './durable-write';
import { faultFs } from './fault-fs';
import { removeDir, tempDir } from './test-support';

let dir: string;
let target: string;
const OLD = '{"old":true}\n';
beforeEach(async () => {
  dir = await tempDir();
  target = join(dir, 'x.json');
  await writeFile(target, OLD);
});
afterEach(async () => {
  await removeDir(dir);
});

const noSleep = { sleep: async () => undefined };

async function expectUntouched() {
  expect(await readFile(target, 'utf8')).toBe(OLD);
  expect(await readdir(dir)).toEqual(['x.json']);
}

describe('durableWriteFile', () => {
  it('uses a unique temp name in the same folder', () => {
    const a = tempPathFor(target);
    const b = tempPathFor(target);
    expect(a).not.toBe(b);
    expect(a.startsWith(join(dir, `.x.json.${process.pid}.`))).toBe(true);
    expect(TEMP_NAME_PATTERN.exec(a.slice(dir.length + 1))?.[1]).toBe('x.json');
  });

  it('fsyncs the temp before the rename and the folder after it', async () => {
    const f = faultFs();
    await durableWriteFile(target, 'new', { fs: f.fs });
    expect(await readFile(target, 'utf8')).toBe('new');
    const tmp = f.calls[0]?.path ?? '';
    expect(f.calls.map((c) => `${c.op} ${c.path === tmp ? 'tmp' : c.path === dir ? 'dir' : c.path}`)).toEqual([
      'open tmp',
      'writeFile tmp',
      'sync tmp',
      'close tmp',
      'rename tmp',
      'open dir',
      'sync dir',
      'close dir',
    ]);
    expect(f.calls[4]?.to).toBe(target);
  });

  it.each([
    ['writeFile', 'ENOSPC', 'Ổ đĩa đã đầy'],
    ['open', 'EACCES', 'Không có quyền ghi'],
    ['open', 'EROFS', 'Không có quyền ghi'],
    ['sync', 'EIO', 'Lỗi đọc/ghi ổ đĩa'],
    ['rename', 'EXDEV', 'Lỗi đọc/ghi ổ đĩa'],
  ] as const)('%s failing with %s fails loudly and leaves the old file', async (op, code, text) => {
    const f = faultFs();
    f.fail(op, code, { match: (p) => p !== dir });
    const error = await durableWriteFile(target, 'new', { fs: f.fs, ...noSleep }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'IO_ERROR' });
    expect((error as AppError).message).toContain(text);
    expect(((error as AppError).cause as NodeJS.ErrnoException).code).toBe(code);
    await expectUntouched();
    // fsync is never retried on a descriptor whose fsync failed.
    expect(f.calls.filter((c) => c.op === 'sync').length).toBeLessThanOrEqual(1);
  });

  it('retries a refused rename with doubling, capped backoff and succeeds when k < tries', async () => {
    const f = faultFs();
    const delays: number[] = [];
    f.fail('rename', 'EPERM', { times: 7 });
    await durableWriteFile(target, 'new', { fs: f.fs, sleep: async (ms) => void delays.push(ms), renameMaxDelayMs: 300 });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(delays).toEqual([20, 40, 80, 160, 300, 300, 300]);
  });

  it.each(['EPERM', 'EBUSY', 'EACCES'])('gives up after 8 refused renames (%s) and removes its temp', async (code) => {
    const f = faultFs();
    f.fail('rename', code, { times: 8 });
    await expect(durableWriteFile(target, 'new', { fs: f.fs, ...noSleep })).rejects.toMatchObject({ code: 'IO_ERROR' });
    expect(f.calls.filter((c) => c.op === 'rename')).toHaveLength(8);
    await expectUntouched();
  });

  it('skips the folder fsync where folders cannot be opened (Windows)', async () => {
    const f = faultFs();
    f.fail('open', 'EISDIR', { match: (p) => p === dir });
    await durableWriteFile(target, 'new', { fs: f.fs });
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('reports a failed folder fsync (the rename may not survive a power cut)', async () => {
    const f = faultFs();
    f.fail('sync', 'EIO', { match: (p) => p === dir });
    await expect(durableWriteFile(target, 'new', { fs: f.fs })).rejects.toMatchObject({ code: 'IO_ERROR' });
  });
});

describe('DurableJsonAdapter', () => {
  it.each([
    ['empty', ''],
    ['nul-filled', '\0\0\0\0\0\0'],
    ['invalid-json', '{"a": [1, 2'],
    ['null', 'null'],
    ['not-object', '42'],
  ] as const)('throws instead of returning defaults for a %s file', async (kind, text) => {
    await writeFile(target, text);
    const adapter = new DurableJsonAdapter<object>(target);
    const error = await adapter.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptFileError);
    expect(error).toMatchObject({ kind });
  });

  it('answers null only for a missing file and round-trips data durably', async () => {
    const adapter = new DurableJsonAdapter<{ a: number }>(join(dir, 'missing.json'));
    expect(await adapter.read()).toBeNull();
    await adapter.write({ a: 1 });
    expect(await adapter.read()).toEqual({ a: 1 });
    await writeFile(target, '\uFEFF{"b":2}');
    expect(await new DurableJsonAdapter(target).read()).toEqual({ b: 2 });
  });
});
