import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/api/errors';
import type { Draft } from '../shared/domain/draft-schema';
import { openDraftRepository, type LocalDraftRepository } from './draft-repository';
import { faultFs, type FsOp } from './fault-fs';
import { removeDir, sampleDraft, steppingClock, tempDir } from './test-support';

let dir: string;
let repo: LocalDraftRepository;
let f: ReturnType<typeof faultFs>;
let draft: Draft;
const draftFile = () => join(dir, 'drafts', 'draft-aaa.json');
const isDraftTemp = (path: string) => path.includes('.draft-aaa.json.') && path.endsWith('.tmp');

beforeEach(async () => {
  dir = await tempDir();
  f = faultFs();
  repo = await openDraftRepository({ dataDir: dir, fs: f.fs, clock: steppingClock(), write: { sleep: async () => undefined } });
  draft = await repo.create(sampleDraft('draft-aaa', 'Bản đầu'));
  await repo.flush();
});
afterEach(async () => {
  f.heal();
  await repo.flush();
  await removeDir(dir);
});

/** Saves `title` under a fault and checks the save failed loudly and changed nothing on disk. */
async function saveUnderFault(title: string, text: RegExp) {
  const before = await readFile(draftFile());
  const error = await repo.save({ ...draft, title }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: 'IO_ERROR' });
  expect((error as AppError).message).toMatch(text);
  expect((error as AppError).cause).toBeDefined();
  expect(await readFile(draftFile())).toEqual(before);
  expect((await readdir(join(dir, 'drafts'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  expect((await repo.get('draft-aaa')).title).toBe('Bản đầu');
}

describe('save under injected faults', () => {
  it.each<[FsOp, string, RegExp]>([
    ['writeFile', 'ENOSPC', /Ổ đĩa đã đầy/],
    ['open', 'EACCES', /Không có quyền ghi/],
    ['open', 'EROFS', /Không có quyền ghi/],
    ['sync', 'EIO', /Lỗi đọc\/ghi/],
  ])('%s → %s: fails loudly, old file byte-identical, next save after the fault has everything', async (op, code, text) => {
    f.fail(op, code, { match: isDraftTemp });
    await saveUnderFault('Sửa trong lúc lỗi', text);
    await saveUnderFault('Sửa lần hai', text);
    f.heal();
    const content = { ...draft, title: 'Sửa sau khi hết lỗi', kinhGui: ['Ủy ban nhân dân tỉnh'] };
    const { updatedAt } = await repo.save(content);
    const onDisk = JSON.parse(await readFile(draftFile(), 'utf8'));
    expect(onDisk.title).toBe('Sửa sau khi hết lỗi');
    expect(onDisk.kinhGui).toEqual(['Ủy ban nhân dân tỉnh']);
    expect(onDisk.meta.updatedAt).toBe(updatedAt);
  });

  it('never fsyncs the same descriptor twice after an fsync error', async () => {
    f.calls.length = 0;
    f.fail('sync', 'EIO', { match: isDraftTemp, times: 1 });
    await saveUnderFault('x', /Lỗi đọc\/ghi/);
    const syncs = f.calls.filter((c) => c.op === 'sync' && isDraftTemp(c.path));
    expect(syncs).toHaveLength(1);
    expect(syncs[0]?.failed).toBe('EIO');
    // The retry is a fresh temp file (new descriptor, new name).
    await repo.save({ ...draft, title: 'y' });
    const opens = f.calls.filter((c) => c.op === 'open' && isDraftTemp(c.path)).map((c) => c.path);
    expect(new Set(opens).size).toBe(2);
  });

  it.each([1, 5, 7])('a rename refused %i times still saves (8 tries)', async (k) => {
    f.fail('rename', 'EPERM', { match: isDraftTemp, times: k });
    await repo.save({ ...draft, title: `Sau ${k} lần bị chặn` });
    expect(JSON.parse(await readFile(draftFile(), 'utf8')).title).toBe(`Sau ${k} lần bị chặn`);
  });

  it.each([8, 50])('a rename refused %i times fails loudly and keeps the old file', async (k) => {
    f.fail('rename', 'EBUSY', { match: isDraftTemp, times: k });
    await saveUnderFault('Bị chặn', /Lỗi đọc\/ghi|Không có quyền/);
    f.heal();
    await repo.save({ ...draft, title: 'Đã lưu được' });
    expect(JSON.parse(await readFile(draftFile(), 'utf8')).title).toBe('Đã lưu được');
  });

  it('a failing index write does not fail the save (the index is derived and rebuilt)', async () => {
    f.fail('writeFile', 'ENOSPC', { match: (p) => p.includes('.index.json.') });
    await repo.save({ ...draft, title: 'Chỉ mục lỗi' });
    await repo.flush();
    f.heal();
    const again = await openDraftRepository({ dataDir: dir });
    expect((await again.list())[0]?.title).toBe('Chỉ mục lỗi');
    await again.flush();
  });
});

describe('save protocol', () => {
  it('fsyncs each temp before its rename and the folder after it', async () => {
    f.calls.length = 0;
    for (let i = 0; i < 3; i++) await repo.save({ ...draft, title: `Lần ${i}` });
    const renames = f.calls.flatMap((c, i) => (c.op === 'rename' && isDraftTemp(c.path) ? [i] : []));
    expect(renames).toHaveLength(3);
    const draftsDir = join(dir, 'drafts');
    for (const at of renames) {
      const rename = f.calls[at];
      expect(rename?.to).toBe(draftFile());
      const before = f.calls.slice(0, at);
      const after = f.calls.slice(at + 1);
      const tempSync = before.findLastIndex((c) => c.op === 'sync' && c.path === rename?.path);
      expect(tempSync).toBeGreaterThanOrEqual(0);
      expect(before.slice(tempSync + 1).some((c) => c.op === 'writeFile' && c.path === rename?.path)).toBe(false);
      const dirSync = after.findIndex((c) => c.op === 'sync' && c.path === draftsDir);
      const nextRename = after.findIndex((c) => c.op === 'rename' && isDraftTemp(c.path));
      expect(dirSync).toBeGreaterThanOrEqual(0);
      if (nextRename >= 0) expect(dirSync).toBeLessThan(nextRename);
    }
  });
});
