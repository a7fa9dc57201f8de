import { readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

/** An fs layer that records the stat and readFile calls made on draft files. */
function spyFs() {
  const touched: string[] = [];
  const onDraft = (path: string) => /[/\\](drafts|trash)[/\\][^/\\]+\.json$/.test(path);
  const fs: StorageFs = {
    ...nodeFs,
    stat: (path) => (onDraft(path) && touched.push(`stat ${path.slice(dir.length + 1)}`), nodeFs.stat(path)),
    readFile: (path) => (onDraft(path) && touched.push(`read ${path.slice(dir.length + 1)}`), nodeFs.readFile(path)),
  };
  return { fs, touched };
}

async function open(fs?: StorageFs) {
  const repo = await openDraftRepository({ dataDir: dir, clock: steppingClock(), ...(fs ? { fs } : {}) });
  opened.push(repo);
  return repo;
}

/** Ten drafts and two trashed ones, then a clean close. */
async function seed() {
  const repo = await open();
  for (let i = 0; i < 10; i++) await repo.create(sampleDraft(`draft-${String(i).padStart(5, '0')}`, `Tiêu đề ${i}`));
  await repo.delete('draft-00008');
  await repo.delete('draft-00009');
  await repo.close();
}

const titles = async (repo: { list(): Promise<Array<{ title: string }>> }) => (await repo.list()).map((s) => s.title).sort();
const indexFile = async () => JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));

describe('cold-start list after a clean close', () => {
  it('trusts the index: no draft file is stat-ed or read', async () => {
    await seed();
    expect((await indexFile()).folders).toEqual({
      drafts: { mtimeMs: expect.any(Number), count: 8 },
      trash: { mtimeMs: expect.any(Number), count: 2 },
    });
    const { fs, touched } = spyFs();
    const repo = await open(fs);
    expect(await repo.list()).toHaveLength(8);
    expect((await repo.listTrash()).map((t) => t.id).sort()).toEqual(['draft-00008', 'draft-00009']);
    await repo.list();
    expect(touched).toEqual([]);
    // get() still validates what it reads.
    expect((await repo.get('draft-00003')).title).toBe('Tiêu đề 3');
    expect(touched).toContain(`read ${join('drafts', 'draft-00003.json')}`);
  });

  it('records no folder stamps in an index written mid-session, so a crash means a full scan', async () => {
    const repo = await open();
    await repo.create(sampleDraft('draft-00000'));
    await repo.flush();
    expect((await indexFile()).folders).toBeUndefined();
    const { fs, touched } = spyFs();
    await (await open(fs)).list();
    expect(touched).toContain(`stat ${join('drafts', 'draft-00000.json')}`);
  });

  it('notices a draft added from outside', async () => {
    await seed();
    await writeFile(join(dir, 'drafts', 'draft-00042.json'), JSON.stringify(sampleDraft('draft-00042', 'Thêm tay')));
    const repo = await open();
    expect(await titles(repo)).toContain('Thêm tay');
  });

  it('notices a draft removed from outside', async () => {
    await seed();
    await rm(join(dir, 'drafts', 'draft-00002.json'));
    expect(await titles(await open())).not.toContain('Tiêu đề 2');
  });

  it('notices a draft renamed from outside', async () => {
    await seed();
    const moved = { ...sampleDraft('draft-00077', 'Đổi tên') };
    await writeFile(join(dir, 'drafts', 'draft-00001.json'), JSON.stringify(moved));
    await rename(join(dir, 'drafts', 'draft-00001.json'), join(dir, 'drafts', 'draft-00077.json'));
    const list = await (await open()).list();
    expect(list.map((s) => s.id)).toContain('draft-00077');
    expect(list.map((s) => s.id)).not.toContain('draft-00001');
  });

  it('notices a draft replaced from outside by a rename (the CLI saving)', async () => {
    await seed();
    const path = join(dir, 'drafts', 'draft-00004.json');
    await writeFile(`${path}.tmp`, JSON.stringify(sampleDraft('draft-00004', 'Sửa từ dòng lệnh')));
    await rename(`${path}.tmp`, path);
    expect(await titles(await open())).toContain('Sửa từ dòng lệnh');
  });

  it('compares file names where the folder keeps whole-second times (FAT), catching an add inside one tick', async () => {
    await seed();
    const draftsDir = join(dir, 'drafts');
    const tick = new Date('2025-03-01T10:00:00.000Z');
    const pin = () => utimes(draftsDir, tick, tick);
    await pin();
    const index = await indexFile();
    index.folders.drafts.mtimeMs = tick.getTime();
    await writeFile(join(dir, 'index.json'), JSON.stringify(index));
    const { fs, touched } = spyFs();
    expect(await (await open(fs)).list()).toHaveLength(8);
    expect(touched).toEqual([]); // same names: trusted without a stat per draft
    await (await open()).close();

    const again = await indexFile();
    await writeFile(join(draftsDir, 'draft-00042.json'), JSON.stringify(sampleDraft('draft-00042', 'Cùng một giây')));
    await pin();
    again.folders.drafts.mtimeMs = tick.getTime();
    await writeFile(join(dir, 'index.json'), JSON.stringify(again));
    expect(await titles(await open())).toContain('Cùng một giây');
  });

  it('notices a change to the trash folder', async () => {
    await seed();
    await rm(join(dir, 'trash', 'draft-00008.json'));
    expect((await (await open()).listTrash()).map((t) => t.id)).toEqual(['draft-00009']);
  });
});

describe('list while running', () => {
  it('skips the scan while only this process changed the folder, and notices an outside change at once', async () => {
    await seed();
    const { fs, touched } = spyFs();
    const repo = await open(fs);
    await repo.save({ ...(await repo.get('draft-00000')), title: 'Đã sửa' });
    touched.length = 0;
    expect(await titles(repo)).toContain('Đã sửa');
    expect(touched).toEqual([]);
    await writeFile(join(dir, 'drafts', 'draft-00055.json'), JSON.stringify(sampleDraft('draft-00055', 'Từ bên ngoài')));
    expect(await titles(repo)).toContain('Từ bên ngoài');
    expect(touched.filter((t) => t.startsWith('stat')).length).toBeGreaterThanOrEqual(9);
    await repo.close();
    expect(await readdir(join(dir, 'drafts'))).toHaveLength(9);
    expect((await indexFile()).folders.drafts.count).toBe(9);
  });
});
