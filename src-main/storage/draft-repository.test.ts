import { readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/api/errors';
import { DraftSchema } from '../shared/domain/draft-schema';
import { openDraftRepository } from './draft-repository';
import { nodeFs, type StorageFs } from './fs-layer';
import { removeDir, sampleDraft, steppingClock, tempDir } from './test-support';

let dir: string;
let opened: Array<{ flush(): Promise<void> }> = [];
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await Promise.all(opened.map((repo) => repo.flush()));
  opened = [];
  await removeDir(dir);
});

async function open(extra: { fs?: StorageFs; newId?: () => string } = {}) {
  const repo = await openDraftRepository({ dataDir: dir, clock: steppingClock(), ...extra });
  opened.push(repo);
  return repo;
}

/** An fs layer that counts readFile calls per path. */
function countingFs() {
  const reads: string[] = [];
  const fs: StorageFs = { ...nodeFs, readFile: (path) => (reads.push(path), nodeFs.readFile(path)) };
  return { fs, reads };
}

describe('draft repository basics', () => {
  it('creates, gets, lists, saves and deletes on disk', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    const repo = await open();
    const created = await repo.create(sampleDraft('draft-aaa', 'Báo cáo tháng'));
    expect(created.meta.updatedAt).toBe('2025-03-01T09:00:01.000Z');
    // On disk even under NODE_ENV=test (lowdb's preset would have stayed in memory).
    const onDisk = DraftSchema.parse(JSON.parse(await readFile(join(dir, 'drafts', 'draft-aaa.json'), 'utf8')));
    expect(onDisk.title).toBe('Báo cáo tháng');

    const edited = { ...created, title: 'Báo cáo quý I' };
    const { updatedAt } = await repo.save(edited);
    expect(updatedAt > created.meta.updatedAt).toBe(true);
    expect((await repo.get('draft-aaa')).title).toBe('Báo cáo quý I');

    await repo.create(sampleDraft('draft-bbb', 'Báo cáo khác'));
    const list = await repo.list();
    expect(list.map((s) => s.id)).toEqual(['draft-bbb', 'draft-aaa']);
    expect(list[1]).toEqual({
      id: 'draft-aaa',
      title: 'Báo cáo quý I',
      issuingAgency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      kyHieu: 'BC-STTTT',
      status: 'draft',
      createdAt: '2025-03-01T08:00:00.000Z',
      updatedAt,
    });

    await repo.delete('draft-aaa');
    expect((await repo.list()).map((s) => s.id)).toEqual(['draft-bbb']);
    await expect(repo.get('draft-aaa')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(JSON.parse(await readFile(join(dir, 'trash', 'draft-aaa.json'), 'utf8')).title).toBe('Báo cáo quý I');
    const trash = await repo.listTrash();
    expect(trash).toHaveLength(1);
    expect(trash[0]?.deletedAt).toMatch(/^2025-03-01T09:00/);
    await repo.flush();

    // A second open sees the same state, from the index.
    const again = await open();
    expect((await again.list()).map((s) => s.title)).toEqual(['Báo cáo khác']);
    expect((await again.listTrash()).map((s) => s.id)).toEqual(['draft-aaa']);
    expect(again.notices()).toEqual([]);
  });

  it('creates an empty draft with a fresh id', async () => {
    const repo = await open({ newId: () => 'fresh-id-1' });
    const draft = await repo.createNew();
    expect(draft.meta.id).toBe('fresh-id-1');
    expect((await repo.get('fresh-id-1')).meta.id).toBe('fresh-id-1');
  });

  it('refuses duplicates, unknown ids, invalid drafts and stale writers', async () => {
    const repo = await open();
    const draft = await repo.create(sampleDraft('draft-aaa'));
    await expect(repo.create(sampleDraft('draft-aaa'))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(repo.get('missing-id')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(repo.delete('missing-id')).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const before = await readFile(join(dir, 'drafts', 'draft-aaa.json'));
    const bad = { ...draft, header: { ...draft.header, number: '12a' } };
    const error = await repo.save(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect((error as AppError).message).toContain('header.number');
    expect(await readFile(join(dir, 'drafts', 'draft-aaa.json'))).toEqual(before);

    // The app saved newer content; the CLI still holds the old version.
    const { updatedAt } = await repo.save({ ...draft, title: 'Bản mới' }, { expectedUpdatedAt: draft.meta.updatedAt });
    const stale = repo.save({ ...draft, title: 'Bản cũ' }, { expectedUpdatedAt: draft.meta.updatedAt });
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await repo.get('draft-aaa')).title).toBe('Bản mới');
    await repo.save({ ...draft, title: 'Bản mới hơn' }, { expectedUpdatedAt: updatedAt });

    // A writer in another process is detected through the file, not just this process's memory.
    const other = await open();
    const current = await other.get('draft-aaa');
    await other.save({ ...current, title: 'Từ CLI' }, { expectedUpdatedAt: current.meta.updatedAt });
    await expect(repo.save({ ...current, title: 'x' }, { expectedUpdatedAt: current.meta.updatedAt })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await repo.get('draft-aaa')).title).toBe('Từ CLI');
  });

  it('recreates the data folder removed while running and saves everything into it', async () => {
    const repo = await open();
    const draft = await repo.create(sampleDraft('draft-aaa', 'Trước'));
    await repo.flush();
    await rm(dir, { recursive: true, force: true });
    await repo.save({ ...draft, title: 'Sau khi mất thư mục' });
    await repo.flush();
    expect(JSON.parse(await readFile(join(dir, 'drafts', 'draft-aaa.json'), 'utf8')).title).toBe('Sau khi mất thư mục');
    expect((await (await open()).list()).map((s) => s.title)).toEqual(['Sau khi mất thư mục']);
  });

  it('keeps updatedAt increasing when the clock goes back', async () => {
    let now = Date.parse('2025-05-01T00:00:00.000Z');
    const repo = await openDraftRepository({ dataDir: dir, clock: () => new Date(now) });
    opened.push(repo);
    const draft = await repo.create(sampleDraft('draft-aaa'));
    now -= 3_600_000;
    const { updatedAt } = await repo.save(draft);
    expect(updatedAt).toBe('2025-05-01T00:00:00.001Z');
  });
});

describe('derived index', () => {
  async function seed(count: number) {
    const repo = await open();
    for (let i = 0; i < count; i++) await repo.create(sampleDraft(`draft-${String(i).padStart(5, '0')}`, `Tiêu đề ${i}`));
    await repo.flush();
  }

  it('is rebuilt when deleted', async () => {
    await seed(3);
    await rm(join(dir, 'index.json'));
    const repo = await open();
    expect((await repo.list()).map((s) => s.title).sort()).toEqual(['Tiêu đề 0', 'Tiêu đề 1', 'Tiêu đề 2']);
    await repo.flush();
    // index.json stores rows [id, title, …] (index-file.ts), not objects.
    const rows: string[][] = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')).drafts;
    expect(rows.find((row) => row[0] === 'draft-00001')?.[1]).toBe('Tiêu đề 1');
  });

  it('is rebuilt when corrupted, without a notice (it is derived)', async () => {
    await seed(3);
    await writeFile(join(dir, 'index.json'), '{"indexVersion":1,"drafts":{"dra');
    const repo = await open();
    expect(await repo.list()).toHaveLength(3);
    expect(repo.notices()).toEqual([]);
  });

  it('notices files changed, added and removed behind its back', async () => {
    await seed(3);
    const path = join(dir, 'drafts', 'draft-00001.json');
    const changed = JSON.parse(await readFile(path, 'utf8'));
    changed.title = 'Sửa tay';
    await writeFile(path, JSON.stringify(changed));
    await rm(join(dir, 'drafts', 'draft-00002.json'));
    await writeFile(join(dir, 'drafts', 'draft-00009.json'), JSON.stringify(sampleDraft('draft-00009', 'Thêm tay')));
    const { fs, reads } = countingFs();
    const repo = await open({ fs });
    expect((await repo.list()).map((s) => s.title).sort()).toEqual(['Sửa tay', 'Thêm tay', 'Tiêu đề 0']);
    // Only the index and the two changed files were read, never the unchanged one.
    expect(reads.map((p) => p.slice(dir.length + 1)).sort()).toEqual([
      join('drafts', 'draft-00001.json'),
      join('drafts', 'draft-00009.json'),
      'index.json',
    ]);
  });

  it('catches a same-size rewrite with the old mtime (the inode changes)', async () => {
    await seed(1);
    const path = join(dir, 'drafts', 'draft-00000.json');
    const { mtime } = await stat(path);
    const text = (await readFile(path, 'utf8')).replace('Tiêu đề 0', 'Tiêu đề X');
    await writeFile(`${path}.new`, text);
    await utimes(`${path}.new`, mtime, mtime);
    await nodeFs.rename(`${path}.new`, path);
    const repo = await open();
    expect((await repo.list())[0]?.title).toBe('Tiêu đề X');
  });

  it('lists many drafts from the index alone', async () => {
    await seed(400);
    const { fs, reads } = countingFs();
    const repo = await open({ fs });
    const list = await repo.list();
    expect(list).toHaveLength(400);
    await repo.list();
    expect(reads).toEqual([join(dir, 'index.json')]);
    expect((await readdir(join(dir, 'drafts'))).length).toBe(400);
  });
});
