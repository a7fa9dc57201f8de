import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION } from '../shared/domain/draft-schema';
import { openDraftRepository } from './draft-repository';
import { DRAFT_MIGRATIONS, type MigrationStep } from './migrations';
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

async function open(migrations?: ReadonlyMap<number, MigrationStep>) {
  const repo = await openDraftRepository({ dataDir: dir, clock: steppingClock(), ...(migrations ? { migrations } : {}) });
  opened.push(repo);
  return repo;
}

const draftsDir = () => join(dir, 'drafts');
const json = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2));

/** Two healthy drafts written by the repository (so the index knows them), then B replaced by `bytes`. */
async function plant(bytes: Buffer, withIndex: boolean) {
  if (withIndex) {
    const repo = await open();
    await repo.create(sampleDraft('draft-aaa', 'Bản A'));
    await repo.create(sampleDraft('draft-bbb', 'Bản B'));
    await repo.flush();
  } else {
    await mkdir(draftsDir(), { recursive: true });
    await writeFile(join(draftsDir(), 'draft-aaa.json'), json(sampleDraft('draft-aaa', 'Bản A')));
  }
  await writeFile(join(draftsDir(), 'draft-bbb.json'), bytes);
}

const valid = sampleDraft('draft-bbb', 'Bản B');
const corruptCases: Array<[string, Buffer]> = [
  ['empty', Buffer.alloc(0)],
  ['truncated', json(valid).subarray(0, 200)],
  ['NUL-filled', Buffer.alloc(1500)],
  ['null', Buffer.from('null')],
  ['an array', Buffer.from('[]')],
  ['schema-invalid', json({ ...valid, header: { ...valid.header, number: 'abc' } })],
  ['newer schemaVersion', json({ ...valid, schemaVersion: DRAFT_SCHEMA_VERSION + 1 })],
  ['another id inside', json(sampleDraft('draft-zzz'))],
];

describe('corrupt draft files are quarantined on open', () => {
  describe.each([
    ['with a fresh index', true],
    ['without an index', false],
  ])('%s', (_label, withIndex) => {
    it.each(corruptCases)('%s', async (_name, bytes) => {
      await plant(bytes, withIndex);
      const repo = await open();
      expect((await repo.list()).map((s) => s.title)).toEqual(['Bản A']);
      expect((await repo.get('draft-aaa')).title).toBe('Bản A');
      await expect(repo.get('draft-bbb')).rejects.toMatchObject({ code: 'NOT_FOUND' });

      const quarantined = await readdir(join(dir, 'quarantine'));
      expect(quarantined).toHaveLength(1);
      expect(quarantined[0]).toMatch(/^2025-03-01T09-00-\d\d\.000Z-draft-bbb\.json$/);
      const where = join(dir, 'quarantine', quarantined[0] ?? '');
      expect(await readFile(where)).toEqual(bytes);
      expect(await readdir(draftsDir())).toEqual(['draft-aaa.json']);

      const notices = repo.notices();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain(where);
      expect(notices[0]).toContain('không dùng được');

      // Saving the id again writes a new file; the quarantined bytes stay as they were.
      await repo.save(sampleDraft('draft-bbb', 'Bản B viết lại'));
      expect(await readFile(where)).toEqual(bytes);
    });
  });

  it('never overwrites an earlier quarantined file with the same name', async () => {
    const fixedClock = () => new Date('2025-03-01T09:00:00.000Z');
    for (const bytes of [Buffer.from('null'), Buffer.alloc(10)]) {
      await plant(bytes, false);
      const repo = await openDraftRepository({ dataDir: dir, clock: fixedClock });
      await repo.flush();
    }
    const names = (await readdir(join(dir, 'quarantine'))).sort();
    expect(names).toEqual(['2025-03-01T09-00-00.000Z-2-draft-bbb.json', '2025-03-01T09-00-00.000Z-draft-bbb.json']);
    expect(await readFile(join(dir, 'quarantine', names[1] ?? ''), 'utf8')).toBe('null');
  });

  it('quarantines a draft that goes bad while the app runs, on the next get', async () => {
    await plant(json(valid), true);
    const repo = await open();
    await writeFile(join(draftsDir(), 'draft-bbb.json'), Buffer.alloc(64));
    await expect(repo.get('draft-bbb')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(repo.notices()[0]).toContain('quarantine');
  });
});

describe('leftover temp files', () => {
  const deadPid = 4_194_999; // above Linux pid_max: never a live process
  const tempName = (id: string, pid = deadPid, tag = 'abc123') => `.${id}.json.${pid}.${tag}.tmp`;
  const at = (iso: string, title: string) => ({ ...sampleDraft('draft-bbb', title), meta: { ...valid.meta, updatedAt: iso } });

  async function setup(target: Buffer | undefined, temps: Record<string, Buffer>) {
    await mkdir(draftsDir(), { recursive: true });
    if (target) await writeFile(join(draftsDir(), 'draft-bbb.json'), target);
    for (const [name, bytes] of Object.entries(temps)) await writeFile(join(draftsDir(), name), bytes);
  }

  it('adopts a complete temp newer than its target', async () => {
    const newer = json(at('2025-03-02T00:00:00.000Z', 'Mới hơn'));
    await setup(json(at('2025-03-01T00:00:00.000Z', 'Cũ')), { [tempName('draft-bbb')]: newer });
    const repo = await open();
    expect(await readFile(join(draftsDir(), 'draft-bbb.json'))).toEqual(newer);
    expect(await readdir(draftsDir())).toEqual(['draft-bbb.json']);
    expect((await repo.get('draft-bbb')).title).toBe('Mới hơn');
    expect(repo.notices()[0]).toContain('Đã khôi phục');
  });

  it('removes temps that are older, incomplete or unreadable', async () => {
    const current = json(at('2025-03-05T00:00:00.000Z', 'Hiện tại'));
    await setup(current, {
      [tempName('draft-bbb', deadPid, 'a1')]: json(at('2025-03-01T00:00:00.000Z', 'Cũ')),
      [tempName('draft-bbb', deadPid, 'a2')]: json(at('2025-03-09T00:00:00.000Z', 'Cắt')).subarray(0, 100),
      [tempName('draft-bbb', deadPid, 'a3')]: Buffer.alloc(300),
    });
    const repo = await open();
    expect(await readFile(join(draftsDir(), 'draft-bbb.json'))).toEqual(current);
    expect(await readdir(draftsDir())).toEqual(['draft-bbb.json']);
    expect(repo.notices()).toEqual([]);
  });

  it('adopts a temp whose target is missing', async () => {
    const bytes = json(at('2025-03-02T00:00:00.000Z', 'Chưa kịp đổi tên'));
    await setup(undefined, { [tempName('draft-bbb')]: bytes });
    const repo = await open();
    expect((await repo.list()).map((s) => s.title)).toEqual(['Chưa kịp đổi tên']);
  });

  it('quarantines a corrupt target before adopting the temp (even an older one)', async () => {
    const bytes = json(at('2025-01-01T00:00:00.000Z', 'Tạm'));
    await setup(Buffer.alloc(100), { [tempName('draft-bbb')]: bytes });
    const repo = await open();
    expect(await readFile(join(draftsDir(), 'draft-bbb.json'))).toEqual(bytes);
    const [name] = await readdir(join(dir, 'quarantine'));
    expect(await readFile(join(dir, 'quarantine', name ?? ''))).toEqual(Buffer.alloc(100));
    expect(repo.notices()).toHaveLength(2);
  });

  it('leaves alone temps of a live process and removes dead index temps', async () => {
    const live = tempName('draft-bbb', process.pid);
    await setup(json(valid), { [live]: json(at('2025-09-09T00:00:00.000Z', 'Đang ghi')) });
    await writeFile(join(dir, `.index.json.${deadPid}.ff.tmp`), '{"trunc');
    await open();
    expect((await readdir(draftsDir())).sort()).toEqual([live, 'draft-bbb.json']);
    expect(await readdir(dir)).not.toContain(`.index.json.${deadPid}.ff.tmp`);
  });
});

describe('migrations on open', () => {
  // A fake older format: version 0 called the title `tieuDe` and had no schemaVersion; the real
  // steps take it on from version 1 (they leave the current-shape rest of it as it is).
  const v0: MigrationStep = ({ tieuDe, ...rest }) => ({ ...rest, title: tieuDe, schemaVersion: 1 });
  const withV0 = new Map([...DRAFT_MIGRATIONS, [0, v0]]);
  const oldFile = () => {
    const { title, ...rest } = sampleDraft('draft-old', 'Báo cáo cũ');
    return Buffer.from(JSON.stringify({ ...rest, schemaVersion: undefined, tieuDe: title }));
  };

  it('migrates an old draft and keeps the pre-migration file byte-identical', async () => {
    const bytes = oldFile();
    await mkdir(draftsDir(), { recursive: true });
    await writeFile(join(draftsDir(), 'draft-old.json'), bytes);
    const repo = await open(withV0);
    expect((await repo.get('draft-old')).title).toBe('Báo cáo cũ');
    const stored = JSON.parse(await readFile(join(draftsDir(), 'draft-old.json'), 'utf8'));
    expect(stored.schemaVersion).toBe(DRAFT_SCHEMA_VERSION);
    const [copy] = await readdir(join(dir, 'migrated'));
    expect(copy).toMatch(/-draft-old\.v0\.json$/);
    expect(await readFile(join(dir, 'migrated', copy ?? ''))).toEqual(bytes);
    expect(repo.notices()[0]).toContain(join(dir, 'migrated', copy ?? ''));
  });

  it('quarantines an old draft when no migration step exists', async () => {
    const bytes = oldFile();
    await mkdir(draftsDir(), { recursive: true });
    await writeFile(join(draftsDir(), 'draft-old.json'), bytes);
    const repo = await open(new Map());
    expect(await repo.list()).toEqual([]);
    const [name] = await readdir(join(dir, 'quarantine'));
    expect(await readFile(join(dir, 'quarantine', name ?? ''))).toEqual(bytes);
  });
});
