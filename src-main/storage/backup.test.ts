import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTO_BACKUPS_KEPT, BACKUP_FORMAT, ensureDailyBackup, listBackups, writeBackup } from './backup';
import { restoreBackup } from './backup-restore';
import { openDraftRepository } from './draft-repository';
import { openHistoryStore } from './history';
import { removeDir, sampleDraft, tempDir } from './test-support';

const DAY = 24 * 60 * 60 * 1000;
let root: string;
let dataDir: string;
let now: number;
let flushes: Array<() => Promise<void>> = [];
beforeEach(async () => {
  root = await tempDir();
  dataDir = join(root, 'data');
  now = Date.parse('2025-03-10T09:00:00.000Z');
});
afterEach(async () => {
  await Promise.all(flushes.map((f) => f()));
  flushes = [];
  await removeDir(root);
});

const clock = () => new Date((now += 1));
let ids = 0;
async function open(dir = dataDir) {
  const history = openHistoryStore({ dataDir: dir, clock });
  const drafts = await openDraftRepository({ dataDir: dir, clock, beforeReplace: history.beforeReplace });
  flushes.push(() => drafts.flush(), () => history.flush());
  return { drafts, history, newId: () => `restored-${++ids}`, clock };
}

/** Two drafts (one with history), one trashed, and a settings file. */
async function seed() {
  const store = await open();
  const a = await store.drafts.create(sampleDraft('draft-aaa', 'Bản A'));
  await store.history.snapshot(a, 'manual');
  await store.drafts.save({ ...a, title: 'Bản A sửa' });
  await store.drafts.create(sampleDraft('draft-bbb', 'Bản B'));
  await store.drafts.create(sampleDraft('draft-ccc', 'Bản C'));
  await store.drafts.delete('draft-ccc');
  await writeFile(join(dataDir, 'settings.json'), '{"exportDir":""}\n');
  await store.drafts.flush();
  await store.history.flush();
  return store;
}

describe('backup zip', () => {
  it('holds every draft, the trash, the history, the settings and a manifest, byte for byte', async () => {
    await seed();
    const target = join(root, 'out', 'backup.zip');
    expect(await writeBackup(target, { dataDir, clock, appVersion: '1.2.3' })).toMatchObject({ drafts: 2 });
    const files = unzipSync(new Uint8Array(await readFile(target)));
    expect(Object.keys(files).sort()).toEqual([
      'drafts/draft-aaa.json',
      'drafts/draft-bbb.json',
      'history/draft-aaa/1.json',
      'history/draft-aaa/index.json',
      'manifest.json',
      'settings.json',
      'trash/draft-ccc.json',
      'trash/draft-ccc.trashed.json',
    ]);
    expect(Buffer.from(files['drafts/draft-aaa.json'] ?? [])).toEqual(await readFile(join(dataDir, 'drafts', 'draft-aaa.json')));
    expect(JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()))).toMatchObject({ format: BACKUP_FORMAT, formatVersion: 1, drafts: 2, appVersion: '1.2.3' });
  });

  it('is made once a day automatically, the newest 7 kept', async () => {
    await seed();
    const made: Array<string | undefined> = [];
    for (let day = 0; day < 10; day++) {
      made.push(await ensureDailyBackup({ dataDir, clock }));
      made.push(await ensureDailyBackup({ dataDir, clock })); // a second start the same day adds nothing
      now += DAY;
    }
    expect(made.filter(Boolean)).toHaveLength(10);
    const names = (await readdir(join(dataDir, 'backups'))).sort();
    expect(names).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(names[0]).toMatch(/^auto-2025-03-1[3-9]\.zip$/);
    const listed = await listBackups({ dataDir });
    expect(listed.map((b) => b.kind)).toEqual(Array(7).fill('auto'));
    expect(listed[0]?.name).toBe(names.at(-1));
  });
});

describe('restoring a backup', () => {
  it('adds its drafts as new drafts with their history, never touching existing ones', async () => {
    const store = await seed();
    const zip = join(root, 'backup.zip');
    await writeBackup(zip, { dataDir, clock });
    await store.drafts.save({ ...(await store.drafts.get('draft-bbb')), title: 'Bản B mới hơn' });
    const bBefore = await readFile(join(dataDir, 'drafts', 'draft-bbb.json'));

    const { imported, problems } = await restoreBackup(zip, store);
    expect(problems).toEqual([]);
    expect(imported.map((s) => s.title).sort()).toEqual(['Bản A sửa', 'Bản B']);
    expect(imported.every((s) => s.id.startsWith('restored-'))).toBe(true);
    expect(await readFile(join(dataDir, 'drafts', 'draft-bbb.json'))).toEqual(bBefore);
    expect(await store.drafts.list()).toHaveLength(4);
    const restoredA = imported.find((s) => s.title === 'Bản A sửa')?.id ?? '';
    expect((await store.history.list(restoredA)).map((r) => [r.title, r.reason])).toEqual([['Bản A', 'manual']]);
    expect((await store.history.get(restoredA, 1)).meta.id).toBe(restoredA);
  });

  it('restores into an empty data folder on another machine', async () => {
    await seed();
    const zip = join(root, 'backup.zip');
    await writeBackup(zip, { dataDir, clock });
    const elsewhere = await open(join(root, 'other'));
    const { imported } = await restoreBackup(zip, elsewhere);
    expect(imported).toHaveLength(2);
  });

  it('skips an unreadable draft in the backup and says so', async () => {
    const store = await open();
    const good = JSON.stringify(sampleDraft('draft-ggg', 'Tốt'));
    const zip = zipSync({
      'manifest.json': Buffer.from(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1 })),
      'drafts/draft-ggg.json': Buffer.from(good),
      'drafts/draft-bad.json': Buffer.from('{"trunc'),
    });
    await writeFile(join(root, 'b.zip'), zip);
    const { imported, problems } = await restoreBackup(join(root, 'b.zip'), store);
    expect(imported.map((s) => s.title)).toEqual(['Tốt']);
    expect(problems.join('\n')).toContain('draft-bad.json');
  });

  it.each([
    ['not a zip', Buffer.from('PK not really'), /hỏng hoặc không phải tệp \.zip/],
    ['truncated', 'TRUNCATE', /hỏng hoặc không phải tệp \.zip/],
    ['a zip of something else', zipSync({ 'a.txt': Buffer.from('x') }), /không phải bản sao lưu/],
    ['from a newer app', zipSync({ 'manifest.json': Buffer.from(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 2 })) }), /mới hơn/],
    ['without drafts', zipSync({ 'manifest.json': Buffer.from(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1 })) }), /không có bản thảo/],
  ])('refuses a file that is %s, changing nothing', async (_name, bytes, message) => {
    const store = await seed();
    let data: Uint8Array = typeof bytes === 'string' ? new Uint8Array() : bytes;
    if (bytes === 'TRUNCATE') {
      await writeBackup(join(root, 'full.zip'), { dataDir, clock });
      const full = await readFile(join(root, 'full.zip'));
      data = full.subarray(0, full.length - 40);
    }
    await mkdir(join(root, 'in'), { recursive: true });
    await writeFile(join(root, 'in', 'x.zip'), data);
    const before = await store.drafts.list();
    await expect(restoreBackup(join(root, 'in', 'x.zip'), store)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(message) });
    expect(await store.drafts.list()).toEqual(before);
  });
});
