import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDraftRepository } from './draft-repository';
import { removeDir, sampleDraft, tempDir } from './test-support';
import { TRASH_RETENTION_MS } from './trash';

const DAY = 24 * 60 * 60 * 1000;
let dir: string;
let now: number;
let opened: Array<{ flush(): Promise<void> }> = [];
beforeEach(async () => {
  dir = await tempDir();
  now = Date.parse('2025-03-01T09:00:00.000Z');
});
afterEach(async () => {
  await Promise.all(opened.map((repo) => repo.flush()));
  opened = [];
  await removeDir(dir);
});

async function open() {
  const repo = await openDraftRepository({ dataDir: dir, clock: () => new Date((now += 1)) });
  opened.push(repo);
  return repo;
}

const ancient = new Date('2001-01-01T00:00:00.000Z');
/** Makes every file of the trash look decades old: file times must not matter. */
async function ageTrashFiles() {
  for (const name of await readdir(join(dir, 'trash'))) await utimes(join(dir, 'trash', name), ancient, ancient);
}

describe('trash', () => {
  it('lists deleted drafts with the time they were deleted, and restores them unchanged', async () => {
    const repo = await open();
    await repo.create(sampleDraft('draft-aaa', 'Bản A'));
    const before = await readFile(join(dir, 'drafts', 'draft-aaa.json'));
    now += 3600_000;
    await repo.delete('draft-aaa');
    const [trashed] = await repo.listTrash();
    expect(trashed).toMatchObject({ id: 'draft-aaa', title: 'Bản A', deletedAt: new Date(now).toISOString() });
    expect(await repo.list()).toEqual([]);

    const summary = await repo.restoreFromTrash('draft-aaa');
    expect(summary).toMatchObject({ id: 'draft-aaa', title: 'Bản A' });
    expect(await repo.listTrash()).toEqual([]);
    expect((await repo.list()).map((s) => s.id)).toEqual(['draft-aaa']);
    expect(await readFile(join(dir, 'drafts', 'draft-aaa.json'))).toEqual(before);
    expect(await readdir(join(dir, 'trash'))).toEqual([]);
    // Saving works again after a restore.
    await repo.save({ ...(await repo.get('draft-aaa')), title: 'Bản A sửa' });
  });

  it('refuses to restore over a draft with the same id, changing nothing', async () => {
    const repo = await open();
    await repo.create(sampleDraft('draft-aaa', 'Bản A'));
    await repo.delete('draft-aaa');
    await writeFile(join(dir, 'drafts', 'draft-aaa.json'), JSON.stringify(sampleDraft('draft-aaa', 'Bản khác')));
    await expect(repo.restoreFromTrash('draft-aaa')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await readdir(join(dir, 'trash'))).toContain('draft-aaa.json');
    await expect(repo.restoreFromTrash('draft-zzz')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('empties the trash for good', async () => {
    const repo = await open();
    for (const id of ['draft-aaa', 'draft-bbb', 'draft-ccc']) await repo.create(sampleDraft(id));
    await repo.delete('draft-aaa');
    await repo.delete('draft-bbb');
    expect((await repo.emptyTrash()).sort()).toEqual(['draft-aaa', 'draft-bbb']);
    expect(await readdir(join(dir, 'trash'))).toEqual([]);
    expect(await repo.listTrash()).toEqual([]);
    expect((await repo.list()).map((s) => s.id)).toEqual(['draft-ccc']);
  });

  it('purges 30 days after the recorded deletion time, whatever the file times say', async () => {
    const repo = await open();
    for (const id of ['draft-old', 'draft-new']) await repo.create(sampleDraft(id));
    await repo.delete('draft-old');
    now += 25 * DAY;
    await repo.delete('draft-new');
    await ageTrashFiles();
    now += 4 * DAY; // draft-old: 29 days
    expect(await repo.purgeTrash(TRASH_RETENTION_MS)).toEqual([]);
    now += 2 * DAY; // draft-old: 31 days, draft-new: 6 days
    expect(await repo.purgeTrash(TRASH_RETENTION_MS)).toEqual(['draft-old']);
    expect((await repo.listTrash()).map((t) => t.id)).toEqual(['draft-new']);
    expect((await readdir(join(dir, 'trash'))).sort()).toEqual(['draft-new.json', 'draft-new.trashed.json']);
  });

  it('starts the 30 days from when it first sees a trashed draft whose deletion time was lost', async () => {
    const repo = await open();
    await repo.create(sampleDraft('draft-aaa'));
    await repo.delete('draft-aaa');
    await repo.flush();
    await rm(join(dir, 'trash', 'draft-aaa.trashed.json'));
    await rm(join(dir, 'index.json'));
    await ageTrashFiles();
    now += 100 * DAY;
    const again = await open();
    const seenAt = new Date(now).toISOString();
    expect(await again.purgeTrash(TRASH_RETENTION_MS)).toEqual([]);
    expect((await again.listTrash())[0]?.deletedAt.slice(0, 16)).toBe(seenAt.slice(0, 16));
    expect(JSON.parse(await readFile(join(dir, 'trash', 'draft-aaa.trashed.json'), 'utf8')).deletedAt.slice(0, 16)).toBe(seenAt.slice(0, 16));
    now += 31 * DAY;
    expect(await again.purgeTrash(TRASH_RETENTION_MS)).toEqual(['draft-aaa']);
  });

  it('never purges a draft deleted "in the future" (the clock was set back)', async () => {
    const repo = await open();
    await repo.create(sampleDraft('draft-aaa'));
    await repo.delete('draft-aaa');
    now -= 400 * DAY;
    expect(await repo.purgeTrash(TRASH_RETENTION_MS)).toEqual([]);
    expect(await repo.listTrash()).toHaveLength(1);
  });
});
